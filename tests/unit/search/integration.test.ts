import { describe, expect, it } from 'vitest';
import { articleFolder, checkPartCount } from '../../../src/lib/search/integration.ts';
import { MAX_MERGED_PARTS } from '../../../src/lib/search/merge.ts';
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

describe('checkPartCount', () => {
  it('accepts as many parts as the search page can rank apart', () => {
    expect(() => checkPartCount(MAX_MERGED_PARTS + 1, (MAX_MERGED_PARTS + 1) * 5000, 5000)).not.toThrow();
  });

  it('fails the build with the part size that would fit, instead of a search page that cannot rank the parts', () => {
    const articles = (MAX_MERGED_PARTS + 2) * 5000;
    const fits = Math.ceil(articles / (MAX_MERGED_PARTS + 1));
    expect(() => checkPartCount(MAX_MERGED_PARTS + 2, articles, 5000)).toThrow(new RegExp(`Set SEARCH_PART_SIZE to at least ${fits}\\b`));
  });
});
