import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlRefs, extractIds, extractOriginUrls, pageUrl, parseSrcset, resolveRef, rssItems, siteFromCanonical } from '../../../scripts/lib/links.mjs';
import { tempDir } from '../../helpers/temp-dir.ts';

const site = { origin: 'https://example.org', base: '/news/' };
const from = 'https://example.org/news/articles/a/';

describe('extractHtmlRefs', () => {
  it('finds links, assets, srcset candidates, URL meta tags and the search bundle', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/news/_astro/a.css"><script src="/news/a.js"></script>
      <meta property="og:image" content="https://example.org/news/i.png"><meta name="description" content="/not-a-url">
      </head><body><a href="../b/">b</a><img src="x.png" srcset="x1.png 1x, x2.png 2x">
      <picture><source srcset="y.webp 100w"></picture><pagefind-config bundle-path="/news/pagefind/"></pagefind-config></body></html>`;
    expect(extractHtmlRefs(html).map((r) => `${r.attr} ${r.value}`).sort()).toEqual(
      [
        'link[href] /news/_astro/a.css',
        'script[src] /news/a.js',
        'meta[og:image] https://example.org/news/i.png',
        'a[href] ../b/',
        'img[src] x.png',
        'img[srcset] x1.png',
        'img[srcset] x2.png',
        'source[srcset] y.webp',
        'pagefind-config[bundle-path] /news/pagefind/pagefind.js',
      ].sort(),
    );
  });
});

describe('parseSrcset', () => {
  it.each([
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['a.png,b.png 2x', ['a.png,b.png']],
    [' a.png, b.png', ['a.png', 'b.png']],
    ['img?w=1,2 100w, c.png 200w', ['img?w=1,2', 'c.png']],
    ['', []],
  ])('%s', (srcset, expected) => {
    expect(parseSrcset(srcset)).toEqual(expected);
  });
});

describe('resolveRef', () => {
  it.each([
    ['../b/', { kind: 'internal', file: 'articles/b/index.html', pathname: '/news/articles/b/', fragment: '' }],
    ['/news/', { kind: 'internal', file: 'index.html', pathname: '/news/', fragment: '' }],
    ['/news/rss.xml', { kind: 'internal', file: 'rss.xml', pathname: '/news/rss.xml', fragment: '' }],
    ['#fn-1', { kind: 'internal', file: 'articles/a/index.html', pathname: '/news/articles/a/', fragment: 'fn-1' }],
    ['https://example.org/news/tags/caf%C3%A9/', { kind: 'internal', file: 'tags/café/index.html', pathname: '/news/tags/caf%C3%A9/', fragment: '' }],
    ['/tags/', { kind: 'broken', reason: 'outside the base path /news/' }],
    ['javascript:alert(1)', { kind: 'broken', reason: 'javascript: URL' }],
    ['', { kind: 'broken', reason: 'empty URL' }],
    ['https://other.example/x', { kind: 'external' }],
    ['//other.example/x', { kind: 'external' }],
    ['mailto:a@example.org', { kind: 'skip' }],
    ['data:,x', { kind: 'skip' }],
  ])('%s', (ref, expected) => {
    expect(resolveRef(ref, from, site)).toEqual(expected);
  });
});

describe('pageUrl and siteFromCanonical', () => {
  it('gives the address a file is served at', () => {
    expect(pageUrl('index.html', site)).toBe('https://example.org/news/');
    expect(pageUrl('articles/a/index.html', site)).toBe('https://example.org/news/articles/a/');
    expect(pageUrl('404.html', site)).toBe('https://example.org/news/404.html');
  });
  it('reads origin and base from the canonical link', () => {
    expect(siteFromCanonical('<link rel="canonical" href="http://127.0.0.1:4173/news/">')).toEqual({ origin: 'http://127.0.0.1:4173', base: '/news/' });
    expect(siteFromCanonical('<title>x</title>')).toBeUndefined();
  });
});

describe('feeds and text files', () => {
  it('finds addresses on the site origin, stopping at quotes and escaped markup', () => {
    const xml = '<link>https://example.org/news/a/</link><x href="https://example.org/news/b/?x=1&amp;y=2"/>&lt;a href=&quot;https://example.org/news/c/#n&quot;&gt; https://other.org/x';
    expect(extractOriginUrls(xml, 'https://example.org')).toEqual(['https://example.org/news/a/', 'https://example.org/news/b/?x=1&y=2', 'https://example.org/news/c/#n']);
  });
  it('reads RSS items with their link and content, escaped or CDATA', () => {
    const xml = '<item><link>https://example.org/news/a/</link><content:encoded>&lt;a href="../b/"&gt;b&lt;/a&gt;</content:encoded></item><item><link>https://example.org/news/c/</link><content:encoded><![CDATA[<img src="i.png">]]></content:encoded></item>';
    expect(rssItems(xml)).toEqual([
      { link: 'https://example.org/news/a/', html: '<a href="../b/">b</a>' },
      { link: 'https://example.org/news/c/', html: '<img src="i.png">' },
    ]);
  });
  it('collects fragment targets', () => {
    expect([...extractIds('<h2 id="x">x</h2><a name="y"></a>')]).toEqual(['x', 'y']);
  });
});

describe('check-links.mjs on a small site', () => {
  function site(files: Record<string, string>) {
    const dir = tempDir('links-');
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }
  const run = (dir: string) => spawnSync(process.execPath, ['scripts/check-links.mjs', dir], { encoding: 'utf8' });
  const head = '<link rel="canonical" href="https://example.org/news/"><link rel="stylesheet" href="/news/s.css">';

  it('passes when everything resolves', () => {
    const dir = site({
      'index.html': `${head}<a href="a/">a</a><a href="a/#top">top</a>`,
      'a/index.html': '<h1 id="top">A</h1><a href="../">home</a>',
      's.css': '',
      '404.html': '<a href="/news/">home</a>',
      'rss.xml': '<rss><item><link>https://example.org/news/a/</link></item></rss>',
    });
    const result = run(dir);
    expect(result.stdout).toMatch(/no broken references/);
    expect(result.status).toBe(0);
  });

  it('lists every broken reference and exits 1', () => {
    const dir = site({
      'index.html': `${head}<a href="missing/">m</a><a href="a">no slash</a><a href="a/#nope">frag</a><img src="/img.png"><a href="/elsewhere/">out</a>`,
      'a/index.html': '<h1>A</h1>',
      '404.html': '<a href="./">home</a>',
      'rss.xml': '<link>https://example.org/news/gone/</link>',
    });
    const result = run(dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual(
      [
        '404.html: a[href] "./": relative URL on the 404 page breaks at nested addresses',
        'index.html: a[href] "missing/": no file missing/index.html',
        'index.html: a[href] "a": needs a trailing slash (/news/a/)',
        'index.html: a[href] "a/#nope": no id "nope" in a/index.html',
        'index.html: img[src] "/img.png": outside the base path /news/',
        'index.html: a[href] "/elsewhere/": outside the base path /news/',
        'index.html: link[href] "/news/s.css": no file s.css',
        'rss.xml: URL "https://example.org/news/gone/": no file gone/index.html',
      ].sort(),
    );
    expect(lines.at(-1)).toMatch(/^8 broken reference/);
  });
});
