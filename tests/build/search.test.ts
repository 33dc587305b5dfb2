import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from './build-site.ts';
import { distDir, readDist } from './dist.ts';
import { pageMergeOptions, searchSite } from './pagefind-search.ts';

/** Every built HTML file, as paths under dist/. */
function htmlFiles(): string[] {
  return (readdirSync(distDir(), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** Types that make a <script> run; JSON data blocks (ld+json) do not. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** Runs Pagefind over the fixture build, as its search page does (see pagefind-search.ts). */
const search = (calls: string) => searchSite(distDir(), BASE_PATH, calls);

describe('search index', () => {
  it('is written under dist/pagefind/ with the component UI', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-worker.js']) {
      expect(existsSync(path.join(distDir(), 'pagefind', file)), file).toBe(true);
    }
  });

  it('finds article text and links results under the base path', () => {
    expect(search(`return urls(await pf.search('strike'));`)).toEqual(['/news/articles/ferry-strike/']);
    expect(search(`return urls(await pf.search('árboles'));`)).toEqual(['/news/articles/vecinos-plantan-doscientos-arboles-en-el-parque-del-rio/']);
  });

  it('indexes every article page and nothing else, with title and body but no page chrome', () => {
    const pages = search(`
      const all = await pf.search(null, {});
      return Promise.all(all.results.map(async (r) => { const d = await r.data(); return { url: d.url, title: d.meta.title, content: d.content }; }));
    `) as { url: string; title: string; content: string }[];
    const articlePages = htmlFiles().filter((f) => f.startsWith(`articles${path.sep}`)).map((f) => `${BASE_PATH}${path.dirname(f).split(path.sep).join('/')}/`);
    expect(pages.map((p) => p.url).sort()).toEqual(articlePages.sort());
    const strike = pages.find((p) => p.url.endsWith('/ferry-strike/'))!;
    expect(strike.content.startsWith(`${strike.title}.`)).toBe(true);
    expect(strike.content).toContain('Ferry crews called off a weekend strike');
    for (const { url, content } of pages) {
      // Skip link, meta line, source link, tag list, related list, print address, site title.
      expect(content, url).not.toMatch(/Skip to content|min read|\d words|Original source|Tags|Related|Web address|News Reader/);
    }
  });

  it('offers tag and year filters and a title, date and image for each result', () => {
    const out = search(`
      const filters = await pf.filters();
      const first = await (await pf.search('strike')).results[0].data();
      return { filters, meta: first.meta, byTag: await urls(await pf.search(null, { filters: { tag: 'Transport' } })) };
    `) as { filters: Record<string, Record<string, number>>; meta: Record<string, string>; byTag: string[] };
    expect(out.filters.year).toMatchObject({ '2024': 1 });
    expect(Object.keys(out.filters.tag!)).toContain('Local news');
    expect(out.byTag).toContain('/news/articles/ferry-strike/');
    expect(out.meta).toMatchObject({
      title: 'Ferry crews call off weekend strike',
      date: '2025-03-08',
      image: expect.stringMatching(/^\/news\/_astro\/ferry\.[\w-]+\.webp$/),
      image_alt: 'A ferry leaving the terminal at dusk',
    });
  });
});

describe('search page', () => {
  const page = () => readDist('search/index.html');

  it('loads the component UI from the bundle under the base path and points results there', () => {
    expect(page()).toMatch(/<script[^>]+src="\/news\/pagefind\/pagefind-component-ui\.js"/);
    expect(page()).toMatch(/<link[^>]+href="\/news\/pagefind\/pagefind-component-ui\.css"/);
    expect(page()).toMatch(/<pagefind-config[^>]*bundle-path="\/news\/pagefind\/"/);
    expect(page()).toMatch(/<pagefind-config[^>]*base-url="\/news\/"/);
  });

  it('merges no other bundles when the site fits in one index part', () => {
    // The fixture is far below the default part size; search-parts.test.ts builds it in parts.
    expect(page()).toMatch(/<pagefind-config[^>]*data-merge-bundles="\[\]"/);
    expect(pageMergeOptions(distDir())).toEqual([]);
  });

  it('offers a sort by relevance or newest first, and shows results a step at a time', () => {
    const { document } = parseHTML(page());
    const select = document.querySelector('select[data-search-sort]')!;
    expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Order');
    expect([...select.querySelectorAll('option')].map((o) => [o.getAttribute('value'), o.textContent])).toEqual([['relevance', 'Best match'], ['newest', 'Newest first']]);
    expect(document.querySelector('pagefind-results')?.getAttribute('max-results')).toBe('20');
    expect(document.querySelector('button[data-search-more]')?.hasAttribute('hidden')).toBe(true);
    // One part here: its oldest date places a date-sorted result that Pagefind's score cannot.
    expect(JSON.parse(document.querySelector('pagefind-config')?.getAttribute('data-part-oldest') ?? '')).toEqual(['']);
  });

  it('explains without JavaScript that search needs it and links the archive', () => {
    const fallback = page().match(/<p[^>]*data-search-fallback[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
    expect(fallback).toContain('needs JavaScript');
    expect(fallback).toContain('href="/news/archive/"');
  });

  it('is the only page that loads search code', () => {
    const loading = htmlFiles().filter((f) => /pagefind[^"']*\.(js|css)/.test(readDist(f)));
    expect(loading).toEqual([path.join('search', 'index.html')]);
  });
});

describe('content security', () => {
  it('no page has an inline executable script', () => {
    for (const file of htmlFiles()) {
      const { document } = parseHTML(readDist(file));
      for (const script of document.querySelectorAll('script')) {
        if (!EXECUTABLE.test(script.getAttribute('type') ?? '')) continue;
        expect(script.getAttribute('src'), `${file}: ${script.outerHTML.slice(0, 80)}`).toBeTruthy();
        expect(script.textContent.trim(), `${file}: script body`).toBe('');
      }
    }
  });

  it('no page has inline event handlers or style attributes', () => {
    for (const file of htmlFiles()) {
      const markup = readDist(file).replace(/="[^"]*"/g, '=""');
      expect(markup, file).not.toMatch(/\son[a-z]+=|\sstyle=|<style\b/i);
    }
  });

  it('applies a stored theme from an external file in <head>, before any stylesheet', () => {
    const html = readDist('index.html');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<script src="\/news\/theme-init\.js"><\/script>/);
    expect(head.indexOf('theme-init.js')).toBeLessThan(head.indexOf('rel="stylesheet"'));
    expect(existsSync(path.join(distDir(), 'theme-init.js'))).toBe(true);
  });
});
