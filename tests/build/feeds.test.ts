import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from './dist.ts';

const ROOT = 'https://example.org/news/';
const ARTICLES = `${ROOT}articles/`;

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name),
});

/** Parses built XML after checking that it is well-formed. */
function readXml(file: string) {
  const xml = readDist(file);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** The article slugs the build produced, from its article pages. */
const builtSlugs = () => readdirSync(path.join(distDir(), 'articles')).filter((d) => existsSync(path.join(distDir(), 'articles', d, 'index.html')));

/** The calendar date an article page shows in its header, or undefined. */
function pageDate(url: string): string | undefined {
  const html = readDist(`${url.slice(ROOT.length)}index.html`);
  const start = html.indexOf('<article');
  const header = html.slice(start, html.indexOf('</header>', start));
  return /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(header)?.[1];
}

/** Every URL an HTML fragment points at. */
function fragmentUrls(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
}

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('RSS feed', () => {
  const rss = () => readXml('rss.xml').rss;
  const items = (): any[] => rss().channel.item;

  it('is RSS 2.0 with an absolute channel link, a self link and the language', () => {
    const { channel } = rss();
    expect(rss()['@_version']).toBe('2.0');
    expect(channel.title).toBe('News Reader');
    expect(channel.link).toBe(ROOT);
    expect(channel.language).toBe('en');
    expect(channel['atom:link']).toMatchObject({ '@_href': `${ROOT}rss.xml`, '@_rel': 'self' });
  });

  it('carries every published article, newest first, and no draft', () => {
    const titles = items().map((i) => i.title);
    expect(items()).toHaveLength(Math.min(50, builtSlugs().length));
    expect(titles.slice(0, 3)).toEqual([
      'Ferry crews call off weekend strike',
      'Night buses return to the river route',
      'Quotes "here" & <script>alert(1)</script> in a title',
    ]);
    expect(titles.at(-1)).toBe('About this archive');
    expect(titles).not.toContain('Unpublished draft report');
  });

  it('links each item to its page with an absolute URL under the base path', () => {
    for (const item of items()) {
      expect(item.link).toMatch(new RegExp(`^${ARTICLES}[^/]+/$`));
      expect(item.guid['#text']).toBe(item.link);
      expect(existsSync(path.join(distDir(), item.link.slice(ROOT.length), 'index.html'))).toBe(true);
    }
  });

  it('dates each item in RFC 822 on the calendar date its page shows, and leaves undated ones undated', () => {
    for (const item of items()) {
      const shown = pageDate(item.link);
      if (shown === undefined) {
        expect(item.pubDate).toBeUndefined();
        continue;
      }
      expect(item.pubDate).toMatch(RFC822);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(shown);
    }
    expect(items()[0].pubDate).toBe('Sat, 08 Mar 2025 00:00:00 GMT');
  });

  it('gives tags as categories, the byline, the summary and the full content with absolute URLs', () => {
    const ferry = items()[0];
    expect(ferry.category).toEqual(['Transport', 'Local news']);
    expect(ferry['dc:creator']).toBe('Priya Nandakumar');
    expect(ferry.description).toBe('The union and the operator agreed on rest periods late on Friday.');
    expect(ferry['content:encoded']).toContain('Ferry crews called off a weekend strike');
    expect(ferry['content:encoded']).toMatch(new RegExp(`src="${ROOT}_astro/ferry\\.[\\w-]+\\.jpg"`));
    for (const item of items()) {
      for (const url of fragmentUrls(item['content:encoded'])) expect(url).toMatch(/^(https:\/\/|mailto:)/);
    }
  });

  it('keeps the sanitized body: nothing executable reaches feed readers', () => {
    const hostile = items().find((i) => i.link === `${ARTICLES}hostile-title/`);
    // Its body image x.png, beside the article, is built by astro:assets like any body image.
    expect(hostile['content:encoded']).toMatch(new RegExp(`<img src="${ROOT}_astro/x\\.[\\w-]+\\.webp"[^>]* alt="pixel"`));
    expect(hostile['content:encoded']).not.toMatch(/<script|<iframe|\son[a-z]+=|javascript:/i);
  });
});

describe('JSON Feed', () => {
  const feed = () => JSON.parse(readDist('feed.json'));

  it('has the JSON Feed 1.1 required fields and absolute site URLs', () => {
    const f = feed();
    expect(f.version).toBe('https://jsonfeed.org/version/1.1');
    expect(f.title).toBe('News Reader');
    expect(f.home_page_url).toBe(ROOT);
    expect(f.feed_url).toBe(`${ROOT}feed.json`);
    expect(f.language).toBe('en');
    expect(Array.isArray(f.items)).toBe(true);
  });

  it('lists the same articles as the RSS feed, each with an id and content', () => {
    const rssLinks = readXml('rss.xml').rss.channel.item.map((i: any) => i.link);
    const items: any[] = feed().items;
    expect(items.map((i) => i.url)).toEqual(rssLinks);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(item.id).not.toBe('');
      expect(typeof item.content_html).toBe('string');
      expect(item.url).toMatch(new RegExp(`^${ARTICLES}`));
      for (const url of fragmentUrls(item.content_html)) expect(url).toMatch(/^(https:\/\/|mailto:)/);
    }
  });

  it('gives RFC 3339 dates on the calendar dates the pages show', () => {
    for (const item of feed().items) {
      const shown = pageDate(item.url);
      if (shown === undefined) expect(item).not.toHaveProperty('date_published');
      else expect(item.date_published).toBe(`${shown}T00:00:00Z`);
    }
  });

  it('gives authors, tags, image and language per item', () => {
    const ferry = feed().items[0];
    expect(ferry).toMatchObject({
      authors: [{ name: 'Priya Nandakumar' }],
      tags: ['Transport', 'Local news'],
      image: expect.stringMatching(new RegExp(`^${ROOT}_astro/ferry\\.[\\w-]+\\.jpg$`)),
      language: 'en',
    });
    const spanish = feed().items.find((i: any) => i.url.includes('vecinos'));
    expect(spanish.language).toBe('es');
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (): string[] => {
    const index = readXml('sitemap-index.xml').sitemapindex.sitemap.map((s: any) => s.loc);
    expect(index.length).toBeGreaterThan(0);
    return index.flatMap((loc: string) => {
      expect(loc.startsWith(ROOT)).toBe(true);
      return readXml(loc.slice(ROOT.length)).urlset.url.map((u: any) => u.loc);
    });
  };

  it('lists every article page under the base path, and no draft or 404', () => {
    const all = locs();
    for (const slug of builtSlugs()) expect(all).toContain(`${ARTICLES}${slug}/`);
    expect(all).toContain(ROOT);
    expect(all.every((loc) => loc.startsWith(ROOT))).toBe(true);
    expect(all.some((loc) => loc.includes('unpublished'))).toBe(false);
    expect(all.some((loc) => /\/404\/?$|404\.html$/.test(loc))).toBe(false);
  });

  it('robots.txt names the sitemap index by its absolute URL', () => {
    const robots = readDist('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/example\.org\/news\/sitemap-index\.xml$/m);
    expect(existsSync(path.join(distDir(), 'sitemap-index.xml'))).toBe(true);
  });
});

describe('page heads', () => {
  const head = (file: string) => {
    const html = readDist(file);
    return html.slice(0, html.indexOf('</head>'));
  };

  it('link both feeds under the base path from every kind of page', () => {
    for (const file of ['index.html', 'page/2/index.html', 'articles/ferry-strike/index.html', '404.html']) {
      expect(head(file)).toContain('<link rel="alternate" type="application/rss+xml" title="News Reader" href="/news/rss.xml">');
      expect(head(file)).toContain('<link rel="alternate" type="application/feed+json" title="News Reader" href="/news/feed.json">');
    }
  });

  it('give absolute canonical and Open Graph URLs, and none on the 404 page', () => {
    expect(head('page/2/index.html')).toContain(`<link rel="canonical" href="${ROOT}page/2/">`);
    expect(head('page/2/index.html')).toContain(`<meta property="og:url" content="${ROOT}page/2/">`);
    expect(head('404.html')).not.toContain('rel="canonical"');
    expect(head('404.html')).toContain('<meta name="robots" content="noindex">');
  });

  it('describe an article page with Open Graph article tags and parseable NewsArticle data', () => {
    const h = head('articles/ferry-strike/index.html');
    expect(h).toContain('<meta property="og:type" content="article">');
    expect(h).toMatch(new RegExp(`<meta property="og:image" content="${ROOT}_astro/ferry\\.[\\w-]+\\.jpg">`));
    expect(h).toContain('<meta name="twitter:card" content="summary_large_image">');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(h)?.[1];
    expect(JSON.parse(json!)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Ferry crews call off weekend strike',
      datePublished: '2025-03-08',
      author: { '@type': 'Person', name: 'Priya Nandakumar' },
      mainEntityOfPage: { '@id': `${ARTICLES}ferry-strike/` },
    });
  });

  it('keep hostile text inside the JSON-LD element', () => {
    const h = head('articles/hostile-title/index.html');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(h)?.[1];
    expect(JSON.parse(json!).headline).toBe('Quotes "here" & <script>alert(1)</script> in a title');
  });
});
