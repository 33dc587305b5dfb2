import { describe, expect, it } from 'vitest';
import { normalizeBasePath, readConfig } from '../../src/lib/config.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { detectLang } from '../../src/lib/content/lang.ts';
import { compareNewestFirst, pageWindow, paginate } from '../../src/lib/site/listing.ts';
import { readingMinutes, summarize } from '../../src/lib/content/text.ts';
import { absoluteUrl, createRoutes, tagSlug, withBase } from '../../src/lib/site/urls.ts';

describe('config', () => {
  it('has working defaults', () => {
    expect(readConfig({})).toEqual({ contentDir: 'content', siteUrl: 'http://localhost:4321', basePath: '/', siteLang: 'en', siteTitle: 'News Reader', cacheDir: 'node_modules/.astro', searchPartSize: 2000 });
  });
  it.each([['news', '/news/'], ['/news', '/news/'], ['/news/', '/news/'], ['', '/'], ['/a/b/', '/a/b/']])('normalizes base path %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });
  it('names the variable that is wrong', () => {
    expect(() => readConfig({ SITE_URL: 'not a url', SITE_LANG: 'fr' })).toThrow(/SITE_URL[\s\S]*SITE_LANG/);
  });
});

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

describe('listing', () => {
  const a = (title: string, date: string | null) => ({ title, date });
  it('sorts newest first, undated last, ties by title', () => {
    const sorted = [a('old', '2020-01-01'), a('none', null), a('b', '2024-01-01'), a('a', '2024-01-01')].sort(compareNewestFirst);
    expect(sorted.map((x) => x.title)).toEqual(['a', 'b', 'old', 'none']);
  });
  it('paginates, with one empty page for no items', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
  it('windows long page lists', () => {
    expect(pageWindow(10, 500)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 500]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

describe('text', () => {
  it('cuts summaries at a word, never mid-word', () => {
    const text = 'word '.repeat(100);
    const summary = summarize(text, 160);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/ word…$/);
  });
  it('keeps short text as it is', () => {
    expect(summarize('  Short   text. ')).toBe('Short text.');
  });
  it('gives at least one minute of reading', () => {
    expect([readingMinutes(0), readingMinutes(220), readingMinutes(1000)]).toEqual([1, 1, 5]);
  });
});

describe('detectLang', () => {
  it('tells Spanish and English prose apart and stays silent on short text', () => {
    expect(detectLang('El ayuntamiento aprobó ayer la reforma de la plaza, que se hará en dos fases para que los comercios del centro puedan seguir abiertos durante las obras y los vecinos no pierdan el acceso a sus casas.')).toBe('es');
    expect(detectLang('The council approved the square’s redesign yesterday, which will be done in two phases so that the shops in the centre can stay open during the works and residents keep access to their homes.')).toBe('en');
    expect(detectLang('Hola world')).toBeUndefined();
  });
});

describe('ContentError', () => {
  it('lists every problem with file, line and hint', () => {
    const error = new ContentError([
      { file: 'a.md', line: 3, message: 'bad date', hint: 'fix it' },
      { file: 'b.txt', message: 'file is empty' },
    ]);
    expect(error.message).toBe('2 content problems in 2 files:\n  a.md:3: bad date\n    → fix it\n  b.txt: file is empty');
  });
});
