import { describe, expect, it } from 'vitest';
import { isStatusPage, mainImageUrl, ogLocale, pageMeta, robotsTxt, type MetaTag } from '../../../src/lib/site/seo';
import { createRoutes } from '../../../src/lib/site/urls';

const routes = createRoutes('/news/');
const get = (tags: MetaTag[], key: string) => tags.filter((t) => t.key === key).map((t) => t.content);

describe('mainImageUrl', () => {
  it('puts site-relative images under the base path and keeps http(s) URLs', () => {
    expect(mainImageUrl('images/a.jpg', 'https://example.org', routes)).toBe('https://example.org/news/images/a.jpg');
    expect(mainImageUrl('/images/a.jpg', 'https://example.org', routes)).toBe('https://example.org/news/images/a.jpg');
    expect(mainImageUrl('https://cdn.example.com/a.jpg', 'https://example.org', routes)).toBe('https://cdn.example.com/a.jpg');
  });
});

describe('ogLocale', () => {
  it.each([
    ['en', 'en_US'],
    ['es', 'es_ES'],
    ['es-MX', 'es_MX'],
    ['en-gb', 'en_GB'],
    ['es-419', 'es_419'],
    ['zh-Hant-TW', 'zh_TW'],
    ['fr', 'fr'],
  ])('%s → %s', (lang, locale) => expect(ogLocale(lang)).toBe(locale));
});

describe('pageMeta', () => {
  const base = { title: 'Tags · The Ledger', canonical: 'https://example.org/news/tags/', siteTitle: 'The Ledger', siteLang: 'es' };

  it('describes an ordinary page as a website with a summary card', () => {
    const tags = pageMeta({ ...base, description: 'All tags' });
    expect(get(tags, 'og:type')).toEqual(['website']);
    expect(get(tags, 'og:title')).toEqual(['Tags · The Ledger']);
    expect(get(tags, 'og:description')).toEqual(['All tags']);
    expect(get(tags, 'og:url')).toEqual(['https://example.org/news/tags/']);
    expect(get(tags, 'og:site_name')).toEqual(['The Ledger']);
    expect(get(tags, 'og:locale')).toEqual(['es_ES']);
    expect(get(tags, 'og:image')).toEqual([]);
    expect(get(tags, 'twitter:card')).toEqual(['summary']);
    expect(get(tags, 'robots')).toEqual([]);
    expect(tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attr === 'property')).toBe(true);
    expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attr === 'name')).toBe(true);
  });

  it('describes an article by its headline, language, dates, tags and image', () => {
    const article = { title: 'Ferry strike off', date: '2025-03-08', updated: '2025-03-09', tags: ['Transport', 'Local'], lang: 'en', imageAlt: 'A ferry' };
    const tags = pageMeta({ ...base, article, image: 'https://example.org/news/images/f.jpg' });
    expect(get(tags, 'og:type')).toEqual(['article']);
    expect(get(tags, 'og:title')).toEqual(['Ferry strike off']);
    expect(get(tags, 'og:locale')).toEqual(['en_US']);
    expect(get(tags, 'og:image')).toEqual(['https://example.org/news/images/f.jpg']);
    expect(get(tags, 'og:image:alt')).toEqual(['A ferry']);
    expect(get(tags, 'article:published_time')).toEqual(['2025-03-08']);
    expect(get(tags, 'article:modified_time')).toEqual(['2025-03-09']);
    expect(get(tags, 'article:tag')).toEqual(['Transport', 'Local']);
    expect(get(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(get(tags, 'twitter:image:alt')).toEqual(['A ferry']);
  });

  it('gives no alt text for a decorative image and no dates for an undated article', () => {
    const article = { title: 'Notice', date: null, updated: null, tags: [], lang: 'en', imageAlt: '' };
    const tags = pageMeta({ ...base, article, image: 'https://example.org/news/i.png' });
    expect(get(tags, 'og:image:alt')).toEqual([]);
    expect(get(tags, 'twitter:image:alt')).toEqual([]);
    expect(get(tags, 'article:published_time')).toEqual([]);
  });

  it('keeps a page without a canonical URL out of the index', () => {
    const tags = pageMeta({ ...base, canonical: undefined });
    expect(get(tags, 'og:url')).toEqual([]);
    expect(get(tags, 'robots')).toEqual(['noindex']);
  });
});

describe('isStatusPage', () => {
  it('recognizes the 404 page under the base path only', () => {
    expect(isStatusPage('https://example.org/news/404/', '/news/')).toBe(true);
    expect(isStatusPage('https://example.org/news/404.html', '/news/')).toBe(true);
    expect(isStatusPage('https://example.org/news/articles/404/', '/news/')).toBe(false);
    expect(isStatusPage('https://example.org/news/', '/news/')).toBe(false);
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap', () => {
    const txt = robotsTxt('https://example.org/news/sitemap-index.xml');
    expect(txt.split('\n')).toEqual(['User-agent: *', 'Allow: /', '', 'Sitemap: https://example.org/news/sitemap-index.xml', '']);
  });
});
