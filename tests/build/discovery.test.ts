import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from './dist.ts';

const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
/** The page's <main>, without the scoped-style attributes Astro adds. */
const main = (file: string) => {
  const html = readDist(file);
  return html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/\sdata-astro-cid-\w+/g, '');
};
/** Whether a site link such as /news/tags/x/ leads to a built page. */
const resolves = (href: string) => {
  expect(href.startsWith('/news/')).toBe(true);
  return existsSync(path.join(distDir(), decodeURIComponent(href.slice('/news/'.length)), 'index.html'));
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('tags index', () => {
  const page = () => main('tags/index.html');

  it('lists every tag once with its count, most used first, spellings of one tag merged', () => {
    const items = all(page(), /<li>([\s\S]*?)<\/li>/g).map(text);
    expect(items).toEqual(['filler (22 articles)', 'Local news (3 articles)', 'Transport (2 articles)', '&lt;b&gt;bold&lt;/b&gt; (1 article)']);
  });

  it('links each tag to a built tag page', () => {
    const hrefs = all(page(), /<a href="([^"]+)"/g);
    expect(hrefs).toContain('/news/tags/local-news/');
    for (const href of hrefs) expect(resolves(href), href).toBe(true);
  });
});

describe('tag pages', () => {
  it('list the articles of every spelling, newest first, under the tag name', () => {
    const html = main('tags/local-news/index.html');
    expect(all(html, /<h1 class="page-title">([^<]*)<\/h1>/g)).toEqual(['Tagged “Local news”']);
    expect(all(html, /<h2 class="story-title"><a href="[^"]+">([^<]+)<\/a><\/h2>/g)).toEqual([
      'Ferry crews call off weekend strike',
      'Winter ferry timetable adds late crossings',
      'Harbour lights switched on for the winter',
    ]);
  });

  it('are paginated 20 a page, with links between pages', () => {
    const first = main('tags/filler/index.html');
    const second = main('tags/filler/2/index.html');
    expect(all(first, /<h2 class="story-title"><a href="[^"]+">([^<]+)<\/a><\/h2>/g)).toHaveLength(20);
    expect(all(second, /<h2 class="story-title"><a href="[^"]+">([^<]+)<\/a><\/h2>/g)).toEqual(['Filler report 02', 'Filler report 01']);
    expect(first).toContain('rel="next" href="/news/tags/filler/2/"');
    expect(second).toContain('rel="prev" href="/news/tags/filler/"');
  });
});

describe('archive', () => {
  const overview = () => main('archive/index.html');
  const headings = (html: string) => all(html, /<(h[1-3][^>]*>[\s\S]*?)<\/h[1-3]>/g).map((h) => text(`<${h}`).replace(/^/, `${h.slice(0, 2)} `));

  it('lists the years (h2), each with its months, then the undated articles', () => {
    expect(headings(overview())).toEqual(['h1 Archive', 'h2 2025', 'h2 2024', 'h2 2020', 'h2 Undated']);
    expect(text(overview())).toContain('March (');
    expect(overview().lastIndexOf('<a ')).toBe(overview().indexOf('<a href="/news/articles/undated-notice/"'));
  });

  it('links each year and month to a built year page and its month section', () => {
    for (const href of all(overview(), /<a href="(\/news\/archive\/[^"]+)"/g)) {
      const [pagePath, fragment] = href.split('#');
      expect(resolves(pagePath!), href).toBe(true);
      if (fragment) expect(readDist(`${pagePath!.slice('/news/'.length)}index.html`)).toContain(`id="${fragment}"`);
    }
  });

  it('gives each year a page with its months (h2) newest first and every article with its date', () => {
    const year = main('archive/2025/index.html');
    expect(headings(year)).toEqual(['h1 Archive: 2025', 'h2 March', 'h2 February']);
    expect(year).toMatch(/<a href="\/news\/articles\/ferry-timetable\/">Winter ferry timetable adds late crossings<\/a> <time datetime="2025-02-14">14 February 2025<\/time>/);
    const years = ['2025', '2024', '2020'].map((y) => all(main(`archive/${y}/index.html`), /<a href="(\/news\/articles\/[^"]+)"/g));
    expect(years.flat()).toHaveLength(28);
    for (const href of years.flat()) expect(resolves(href), href).toBe(true);
  });
});

describe('article page discovery links', () => {
  const after = (slug: string) => {
    const html = main(`articles/${slug}/index.html`);
    return { html, after: html.slice(html.indexOf('</article>')) };
  };

  it('links the article tags to their pages', () => {
    const { html } = after('ferry-timetable');
    const article = html.slice(0, html.indexOf('</article>'));
    const tagList = article.slice(article.indexOf('<ul class="tag-list"'));
    expect(all(tagList, /<a href="(\/news\/tags\/[^"]+)"/g)).toEqual(['/news/tags/transport/', '/news/tags/local-news/']);
    // The section label above the headline is the first tag.
    expect(article).toMatch(/<p class="kicker"[^>]*><a href="\/news\/tags\/transport\/">/);
  });

  it('shows related articles by shared tags and words, linked to built pages', () => {
    const { after: html } = after('ferry-strike');
    const related = html.slice(html.indexOf('<section class="related"'), html.indexOf('</section>'));
    // The cards' headline links (their section labels link tags).
    const links = all(related, /<h3 class="story-title"><a href="([^"]+)"/g);
    expect(links[0]).toBe('/news/articles/ferry-timetable/');
    expect(links).not.toContain('/news/articles/ferry-strike/');
    expect(links.length).toBeLessThanOrEqual(5);
    for (const href of links) expect(resolves(href), href).toBe(true);
  });

  it('shows no related section for an article with nothing in common', () => {
    expect(after('hostile-title').after).not.toContain('class="related"');
  });

  it('links the newer and older article in index order, with rel and titles', () => {
    const { after: newest } = after('ferry-strike');
    expect(newest).not.toContain('rel="prev"');
    expect(newest).toMatch(
      /<a class="older" rel="next" href="\/news\/articles\/night-buses-return-to-the-river-route\/">\s*<span class="direction">Older article →<\/span>\s*<span class="title" lang="en">Night buses return to the river route<\/span>/,
    );
    const { after: middle } = after('night-buses-return-to-the-river-route');
    expect(middle).toMatch(/<a class="newer" rel="prev" href="\/news\/articles\/ferry-strike\/">/);
    expect(middle).toMatch(/<a class="older" rel="next" href="\/news\/articles\/hostile-title\/">/);
    const { after: last } = after('undated-notice');
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
    for (const href of all(middle + last, /<a class="(?:newer|older)" rel="\w+" href="([^"]+)"/g)) expect(resolves(href), href).toBe(true);
  });
});
