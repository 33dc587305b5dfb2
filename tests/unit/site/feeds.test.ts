import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, buildJsonFeed, buildRss, feedArticles, feedContentHtml, feedDate, feedSite, rfc3339, xmlSafe, type FeedSite } from '../../../src/lib/site/feeds';
import type { Article } from '../../../src/lib/content/schema';
import { createRoutes } from '../../../src/lib/site/urls';
import { makeArticle } from '../../helpers/article';

const site: FeedSite = { title: 'The Ledger', description: 'Latest', lang: 'en', siteUrl: 'https://example.org', routes: createRoutes('/news/') };

function article(overrides: Partial<Article> = {}): Article {
  return makeArticle({ description: 'Crews agreed.', ...overrides });
}

describe('feedDate and rfc3339', () => {
  it('put a calendar date at UTC midnight, whatever the machine zone', () => {
    expect(feedDate('2025-03-08').toISOString()).toBe('2025-03-08T00:00:00.000Z');
    expect(feedDate('2025-03-08').toUTCString()).toBe('Sat, 08 Mar 2025 00:00:00 GMT');
    expect(rfc3339('2024-12-31')).toBe('2024-12-31T00:00:00Z');
    expect(rfc3339('2024-02-29')).toBe('2024-02-29T00:00:00Z');
  });

  it('refuse what is not a real calendar date', () => {
    expect(() => feedDate('2025-02-30')).toThrow();
    expect(() => feedDate('8 March 2025')).toThrow();
  });
});

/** An HTML fragment as a DOM element, to compare meaning rather than serializer spelling. */
const dom = (html: string) => parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector('div')!;

describe('absolutizeHtml', () => {
  const page = 'https://example.org/news/articles/ferry/';

  it('resolves links and images as the article page would', () => {
    const out = absolutizeHtml('<p><a href="../other/">o</a> <a href="/top">t</a> <img src="x.png" alt="x"></p>', page);
    expect(out).toContain('href="https://example.org/news/articles/other/"');
    expect(out).toContain('href="https://example.org/top"');
    expect(out).toContain('src="https://example.org/news/articles/ferry/x.png"');
  });

  it('points same-page links at the article page', () => {
    expect(absolutizeHtml('<a href="#user-content-fn-1">1</a>', page)).toBe(`<a href="${page}#user-content-fn-1">1</a>`);
  });

  it('handles protocol-relative URLs, srcset and cite', () => {
    const out = absolutizeHtml('<img src="//cdn.example.com/a.png" srcset="a.png 1x, /b.png 2x" alt=""><blockquote cite="src/q"></blockquote>', page);
    expect(out).toContain('src="https://cdn.example.com/a.png"');
    expect(out).toContain('srcset="https://example.org/news/articles/ferry/a.png 1x, https://example.org/b.png 2x"');
    expect(out).toContain('cite="https://example.org/news/articles/ferry/src/q"');
  });

  it('leaves absolute URLs of any scheme untouched', () => {
    const html = '<a href="https://Other.example/x?q=1&amp;r=2">a</a><a href="mailto:a@example.org">m</a>';
    const hrefs = [...dom(absolutizeHtml(html, page)).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://Other.example/x?q=1&r=2', 'mailto:a@example.org']);
  });

  it('keeps text and markup as they were', () => {
    const html = '<p>5 &lt; 6 &amp; “quotes”</p>\n<p>two <em>it</em></p>';
    expect(dom(absolutizeHtml(html, page)).innerHTML).toBe(dom(html).innerHTML);
    expect(dom(absolutizeHtml(html, page)).textContent).toBe('5 < 6 & “quotes”\ntwo it');
  });
});

describe('xmlSafe', () => {
  it('drops characters XML cannot carry and keeps the rest', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\uFFFEe')).toBe('abcde');
    expect(xmlSafe('tab\there\nnew 😀 ñ')).toBe('tab\there\nnew 😀 ñ');
  });
});

describe('feedArticles', () => {
  it('keeps the first 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => i);
    expect(feedArticles(many)).toEqual(many.slice(0, 50));
    expect(feedArticles([1, 2])).toEqual([1, 2]);
  });
});

describe('feedSite', () => {
  it('takes the title, language and description from the site', () => {
    const s = feedSite({ siteTitle: 'El Diario', siteLang: 'es', siteUrl: 'https://e.org' }, site.routes, { feedDescription: (n) => `De ${n}` });
    expect(s).toMatchObject({ title: 'El Diario', lang: 'es', description: 'De El Diario', siteUrl: 'https://e.org' });
  });
});

describe('feedContentHtml', () => {
  it('puts the main image first, escaped and absolute, then the body', () => {
    const html = feedContentHtml({ article: article({ image: 'images/f.jpg', imageAlt: 'A "ferry" & dusk' }), html: '<p>Body</p>' }, site);
    expect(html).toBe('<p><img src="https://example.org/news/images/f.jpg" alt="A &#x22;ferry&#x22; &#x26; dusk"></p><p>Body</p>');
  });
});

describe('buildRss', () => {
  const entries = [
    { article: article({ author: 'Ann <&> O\'Brien', tags: ['Transport', 'A & B'], image: 'https://cdn.example.com/f.jpg' }), html: '<p><a href="more/">more</a></p>' },
    { article: article({ slug: 'notice', title: 'Notice', date: null, description: '' }), html: '<p>x\u0000</p>' },
  ];
  const rss = buildRss(site, entries);

  it('describes the channel with absolute links, language and self link', () => {
    expect(rss).toMatchObject({ title: 'The Ledger', description: 'Latest', site: 'https://example.org/news/' });
    expect(rss.customData).toBe('<language>en</language><atom:link href="https://example.org/news/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(rss.xmlns).toEqual({ dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' });
  });

  it('gives each item its absolute link, UTC-midnight date, tags, byline and absolute content', () => {
    const [first, second] = rss.items;
    expect(first).toMatchObject({
      title: 'Ferry strike off',
      link: 'https://example.org/news/articles/ferry/',
      description: 'Crews agreed.',
      categories: ['Transport', 'A & B'],
      customData: "<dc:creator>Ann &lt;&amp;&gt; O'Brien</dc:creator>",
    });
    expect(first!.pubDate!.toISOString()).toBe('2025-03-08T00:00:00.000Z');
    expect(first!.content).toContain('href="https://example.org/news/articles/ferry/more/"');
    expect(first!.content).toContain('src="https://cdn.example.com/f.jpg"');
    expect(second).not.toHaveProperty('pubDate');
    expect(second).not.toHaveProperty('description');
    expect(second).not.toHaveProperty('customData');
    expect(second!.content).toBe('<p>x</p>');
  });
});

describe('buildJsonFeed', () => {
  const feed = buildJsonFeed(site, [
    {
      article: article({ author: 'Ann', tags: ['Transport'], image: 'images/f.jpg', updated: '2025-03-10', source: 'https://example.com/orig', lang: 'es' }),
      html: '<p><img src="x.png" alt=""></p>',
    },
    { article: article({ slug: 'notice', title: 'Notice', date: null, description: '' }), html: '<p>n</p>' },
  ]);

  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Ledger',
      home_page_url: 'https://example.org/news/',
      feed_url: 'https://example.org/news/feed.json',
      description: 'Latest',
      language: 'en',
    });
  });

  it('gives each item an id, absolute URLs, RFC 3339 dates, authors and tags', () => {
    expect(feed.items[0]).toEqual({
      id: 'https://example.org/news/articles/ferry/',
      url: 'https://example.org/news/articles/ferry/',
      external_url: 'https://example.com/orig',
      title: 'Ferry strike off',
      content_html: '<p><img src="https://example.org/news/images/f.jpg" alt=""></p><p><img src="https://example.org/news/articles/ferry/x.png" alt=""></p>',
      summary: 'Crews agreed.',
      image: 'https://example.org/news/images/f.jpg',
      date_published: '2025-03-08T00:00:00Z',
      date_modified: '2025-03-10T00:00:00Z',
      authors: [{ name: 'Ann' }],
      tags: ['Transport'],
      language: 'es',
    });
  });

  it('leaves optional fields out rather than empty', () => {
    const item = feed.items[1]!;
    for (const key of ['date_published', 'date_modified', 'summary', 'image', 'authors', 'tags', 'external_url']) expect(item).not.toHaveProperty(key);
    expect(item.content_html).toBe('<p>n</p>');
  });
});
