import { describe, expect, it } from 'vitest';
import { absoluteUrl, createRoutes, tagSlug, withBase } from '../../../src/lib/site/urls.ts';

describe('urls', () => {
  const routes = createRoutes('/news/');
  it('puts every route under the base path', () => {
    expect([routes.home(), routes.indexPage(1), routes.indexPage(3), routes.article('a-b'), routes.tag('Local news', 2), routes.rss(), routes.asset('/img/x.png')]).toEqual([
      '/news/', '/news/', '/news/page/3/', '/news/articles/a-b/', '/news/tags/local-news/2/', '/news/rss.xml', '/news/img/x.png',
    ]);
  });
  it('links remote images as written and local ones under the base path', () => {
    expect(routes.image('https://cdn.example.org/a.jpg')).toBe('https://cdn.example.org/a.jpg');
    expect(routes.image('images/a.jpg')).toBe('/news/images/a.jpg');
  });
  it('works at the root too', () => {
    expect(createRoutes('/').article('x')).toBe('/articles/x/');
    expect(withBase('/', '/a/')).toBe('/a/');
  });
  it('encodes non-ASCII slugs and gives emoji tags a stable segment', () => {
    expect(routes.article('城市')).toBe('/news/articles/%E5%9F%8E%E5%B8%82/');
    expect(tagSlug('🎉')).toBe('1f389');
  });
  it('makes absolute URLs from the site URL', () => {
    expect(absoluteUrl('https://example.org', '/news/a/')).toBe('https://example.org/news/a/');
  });
});

describe('author routes', () => {
  it('slugs the byline and pages like tags, under the base path', () => {
    const r = createRoutes('/news/');
    expect(r.author('Mara Ellison')).toBe('/news/authors/mara-ellison/');
    expect(r.author('José Núñez', 2)).toBe('/news/authors/jose-nunez/2/');
  });
});
