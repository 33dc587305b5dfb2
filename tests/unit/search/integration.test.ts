import { describe, expect, it } from 'vitest';
import { articleFolder } from '../../../src/lib/search/integration.ts';
import { createRoutes } from '../../../src/lib/site/urls.ts';

describe('articleFolder', () => {
  it('is the folder of the article pages, relative to the output directory', () => {
    expect(articleFolder()).toBe('articles/');
  });

  it('holds the file an article URL is built to, whatever the base path', () => {
    // format: 'directory' writes /articles/<slug>/ to articles/<slug>/index.html.
    const file = `${createRoutes('/').article('ferry-strike').slice(1)}index.html`;
    expect(file).toBe(`${articleFolder()}ferry-strike/index.html`);
    expect(createRoutes('/news/').article('ferry-strike')).toBe(`/news/${articleFolder()}ferry-strike/`);
  });
});
