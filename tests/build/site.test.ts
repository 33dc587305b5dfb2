import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from './dist.ts';

/** The text of every element of a kind, in order, from built HTML. */
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

describe('built index', () => {
  const index = () => readDist('index.html');

  it('lists articles newest first with undated ones last, 20 a page', () => {
    const titles = all(index(), /<h2 class="story-title"><a href="[^"]+">([^<]+)<\/a><\/h2>/g);
    expect(titles).toHaveLength(20);
    expect(titles.slice(0, 4)).toEqual([
      'Ferry crews call off weekend strike',
      'Night buses return to the river route',
      'Quotes &quot;here&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt; in a title',
      'Vecinos plantan doscientos árboles en el parque del río',
    ]);
    const page2 = readDist('page/2/index.html');
    expect(all(page2, /<h2 class="story-title"><a href="[^"]+">([^<]+)<\/a><\/h2>/g).at(-1)).toBe('About this archive');
  });

  it('links every article and page under the base path', () => {
    expect(index()).toContain('href="/news/articles/ferry-crews-call-off-weekend-strike/"'.replace('ferry-crews-call-off-weekend-strike', 'ferry-strike'));
    expect(index()).toContain('href="/news/page/2/"');
    const hrefs = all(index(), /href="([^"]+)"/g).filter((h) => h!.startsWith('/'));
    expect(hrefs.every((h) => h!.startsWith('/news/'))).toBe(true);
  });

  it('shows each summary with a machine-readable date', () => {
    expect(index()).toMatch(/<time datetime="2025-03-08">8 March 2025<\/time>/);
    expect(index()).toMatch(/<time datetime="2025-03-06">6 de marzo de 2025<\/time>/);
  });

  it('leaves drafts out of production', () => {
    expect(index()).not.toContain('Unpublished draft report');
    expect(existsSync(path.join(distDir(), 'articles/unpublished/index.html'))).toBe(false);
  });
});

describe('built article page', () => {
  it('has one article with the h1, date, image and body in the article language', () => {
    const html = readDist('articles/ferry-strike/index.html');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).toMatch(/^<article[^>]*lang="en"/);
    expect(all(html, /<h1 class="headline">([^<]*)<\/h1>/g)).toEqual(['Ferry crews call off weekend strike']);
    expect(article).toContain('<time datetime="2025-03-08">');
    const image = article.match(/<img[^>]*class="main-image"[^>]*>/)?.[0] ?? '';
    expect(image).toMatch(/src="\/news\/_astro\/ferry\.[\w-]+\.webp"/);
    expect(image).toContain('alt="A ferry leaving the terminal at dusk"');
    expect(article).toContain('Ferry crews called off a weekend strike');
  });

  it('cleans a scraped dump: title once, date lifted, no comment form', () => {
    const html = readDist('articles/night-buses-return-to-the-river-route/index.html');
    expect(html.match(/Night buses return to the river route/g)?.length).toBeGreaterThanOrEqual(1);
    expect(html).not.toContain('<p>Night buses return to the river route</p>');
    expect(html).toContain('<time datetime="2025-03-07">7 March 2025</time>');
    expect(html).not.toMatch(/Add new comment|human visitor|characters shown/);
    expect(html).not.toContain('Publication date');
  });

  it('sets the language of a Spanish dump and formats its date in Spanish', () => {
    const html = readDist('articles/vecinos-plantan-doscientos-arboles-en-el-parque-del-rio/index.html');
    expect(html).toMatch(/<article[^>]*lang="es"/);
    expect(html).toContain('6 de marzo de 2025');
    expect(html).not.toMatch(/Añadir nuevo comentario|visitante humano/);
  });

  it('escapes hostile frontmatter and strips everything executable from the body', () => {
    const html = readDist('articles/hostile-title/index.html');
    // The page's own scripts (theme, JSON-LD) are not the article's; look at the article's
    // markup, where text inside quoted attribute values cannot open an element.
    // The body and header only: the article's footer holds the page's own share buttons.
    const article = html.slice(html.indexOf('<article'), html.indexOf('<footer class="article-footer"'));
    const markup = article.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script|<iframe|<form|<input|<button|<style|\son[a-z]+=|javascript:|data:text/i);
    expect(html).toContain('<meta name="description" content="A description with');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<em>inline emphasis</em>');
    expect(html).not.toContain('Send it');
  });

  it('keeps footnotes linked to their notes', () => {
    const html = readDist('articles/ferry-strike/index.html');
    const refs = all(html, /href="#([^"]+)"/g).filter((h) => h!.startsWith('user-content-'));
    expect(refs.length).toBeGreaterThanOrEqual(2);
    for (const id of refs) expect(html).toContain(`id="${id}"`);
  });
});

describe('built 404 page', () => {
  it('exists and links home under the base path', () => {
    const html = readDist('404.html');
    expect(html).toContain('href="/news/"');
  });
});
