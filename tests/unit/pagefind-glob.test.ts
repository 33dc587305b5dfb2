import { describe, expect, it } from 'vitest';
import { articlePagesGlob } from '../../src/integrations/pagefind.ts';
import { createRoutes } from '../../src/lib/urls.ts';

describe('articlePagesGlob', () => {
  it('selects the HTML files of the article folder, relative to the output directory', () => {
    expect(articlePagesGlob()).toBe('articles/**/*.html');
  });

  it('covers the file an article URL is built to, whatever the base path', () => {
    const folder = articlePagesGlob().replace('**/*.html', '');
    // format: 'directory' writes /articles/<slug>/ to articles/<slug>/index.html.
    const file = `${createRoutes('/').article('ferry-strike').slice(1)}index.html`;
    expect(file.startsWith(folder)).toBe(true);
    expect(createRoutes('/news/').article('ferry-strike')).toBe(`/news/${folder}ferry-strike/`);
  });
});
