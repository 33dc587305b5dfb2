/**
 * Main and body images in the built fixture site: a local file beside the article is resized
 * by astro:assets into a sized, responsive <img>; a remote URL is linked as written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { imageMetadata } from 'astro/assets/utils';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.ts';
import { buildSite } from './build-site.ts';
import { distDir, readDist } from './dist.ts';
import { searchSite } from './pagefind-search.ts';

const BASE = '/news/';
const ROOT = `https://example.org${BASE}`;

/** The built file behind a URL of the site (absolute or under the base path). */
function builtFile(url: string): string {
  const pathname = new URL(url, ROOT).pathname;
  expect(pathname.startsWith(BASE), url).toBe(true);
  return path.join(distDir(), decodeURIComponent(pathname.slice(BASE.length)));
}

function mainImage(slug: string): HTMLImageElement {
  const { document } = parseHTML(readDist(`articles/${slug}/index.html`));
  const images = document.querySelectorAll('article img.main-image');
  expect(images).toHaveLength(1);
  return images[0] as HTMLImageElement;
}

const metadataOf = (file: string) => imageMetadata(readFileSync(file));

const srcsetUrls = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/));

describe('a local main image', () => {
  const img = () => mainImage('ferry-strike');

  it('is sized and responsive, with every srcset file in the build', () => {
    const el = img();
    expect(el.getAttribute('alt')).toBe('A ferry leaving the terminal at dusk');
    // The fixture is 1200×800: the page reserves a 3:2 box before the image loads.
    expect([el.getAttribute('width'), el.getAttribute('height')]).toEqual(['1200', '800']);
    expect(el.getAttribute('sizes')).toBeTruthy();
    const candidates = srcsetUrls(el.getAttribute('srcset') ?? '');
    expect(candidates.map(([, descriptor]) => descriptor)).toEqual(['400w', '800w', '1200w']);
    for (const [url] of [...candidates, [el.getAttribute('src')!]]) {
      expect(url!.startsWith(`${BASE}_astro/`), url).toBe(true);
      expect(existsSync(builtFile(url!)), url).toBe(true);
    }
  });

  it('has files as wide as their srcset says', async () => {
    for (const [url, descriptor] of srcsetUrls(img().getAttribute('srcset') ?? '')) {
      const { width, format } = await metadataOf(builtFile(url!));
      expect(`${width}w`, url).toBe(descriptor);
      expect(format).toBe('webp');
    }
  });

  it('loads first, as the page\'s largest above-the-fold element', () => {
    expect(img().getAttribute('loading')).toBe('eager');
    expect(img().getAttribute('fetchpriority')).toBe('high');
  });

  it('is shared by link previews and feeds as an absolute JPEG URL of a built file', async () => {
    const { document } = parseHTML(readDist('articles/ferry-strike/index.html'));
    const og = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(og).toMatch(new RegExp(`^${ROOT}_astro/ferry\\.[\\w-]+\\.jpg$`));
    expect((await metadataOf(builtFile(og))).format).toBe('jpg');

    const item = JSON.parse(readDist('feed.json')).items.find((i: { url: string }) => i.url.endsWith('/ferry-strike/'));
    expect(item.image).toBe(og);
    expect(item.content_html).toContain(`<img src="${og}"`);
  });
});

describe('a remote main image', () => {
  it('is linked as written, with the size the frontmatter gives, never fetched', () => {
    const el = mainImage('harbour-lights');
    expect(el.getAttribute('src')).toBe('https://images.example.org/harbour-lights.jpg');
    expect([el.getAttribute('width'), el.getAttribute('height')]).toEqual(['1600', '900']);
    expect(el.hasAttribute('srcset')).toBe(false);
    const { document } = parseHTML(readDist('articles/harbour-lights/index.html'));
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://images.example.org/harbour-lights.jpg');
  });
});

describe('a local main image in search results', () => {
  it('is a small thumbnail for the 64 px box, not the full-size image', async () => {
    const el = mainImage('ferry-strike');
    const thumbnail = el.getAttribute('data-search-thumbnail') ?? '';
    expect(thumbnail).toMatch(new RegExp(`^${BASE}_astro/ferry\\.[\\w-]+\\.webp$`));
    expect((await metadataOf(builtFile(thumbnail))).width).toBe(128);
    const meta = searchSite(distDir(), BASE, `return (await (await pf.search('strike')).results[0].data()).meta;`) as Record<string, string>;
    expect(meta.image).toBe(thumbnail);
  });
});

describe('images in an article body', () => {
  const bodyImages = () => [...parseHTML(readDist('articles/harbour-lights/index.html')).document.querySelectorAll('article .body img')] as HTMLImageElement[];
  const byAlt = (alt: string) => bodyImages().find((img) => img.getAttribute('alt') === alt)!;

  it('builds a local file beside the article: under the base path, sized, with a srcset of real widths', async () => {
    const el = byAlt('Map of the harbour wall with the nine new lamps marked in yellow');
    // The file is 1600×1000; the body column never needs more than 1280 px.
    expect([el.getAttribute('width'), el.getAttribute('height')]).toEqual(['1280', '800']);
    expect(el.getAttribute('title')).toBe('Where the new lamps stand');
    expect(el.getAttribute('loading')).toBe('lazy');
    expect(el.getAttribute('sizes')).toBeTruthy();
    const candidates = srcsetUrls(el.getAttribute('srcset') ?? '');
    expect(candidates.map(([, descriptor]) => descriptor)).toEqual(['320w', '640w', '960w', '1280w']);
    for (const [url, descriptor] of candidates) {
      expect(url!.startsWith(`${BASE}_astro/harbour-map.`), url).toBe(true);
      const { width, format } = await metadataOf(builtFile(url!));
      expect([`${width}w`, format], url).toEqual([descriptor, 'webp']);
    }
    expect(existsSync(builtFile(el.getAttribute('src')!))).toBe(true);
  });

  it('links remote ones as written, reserving an aspect-ratio box when their size is unknown', () => {
    const sized = byAlt("A reader's view of the lit wall from the beach");
    expect([sized.getAttribute('src'), sized.getAttribute('width'), sized.getAttribute('height')]).toEqual(['https://images.example.org/harbour-lights-reader.jpg', '1200', '800']);
    expect(sized.hasAttribute('class')).toBe(false);
    const unsized = byAlt('The lights reflected in the water');
    expect(unsized.getAttribute('src')).toBe('https://images.example.org/harbour-reflections.jpg');
    expect(unsized.getAttribute('class')).toBe('body-image-unsized');
    // The class is the stylesheet's (no inline style under the CSP).
    const css = readdirSync(path.join(distDir(), '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(distDir(), '_astro', f), 'utf8')).join('');
    expect(css).toMatch(/\.body-image-unsized\{[^}]*aspect-ratio:\s*16\s*\/\s*9/);
    expect(bodyImages().every((img) => !img.hasAttribute('style'))).toBe(true);
  });

  it('reaches the feeds with absolute URLs, and no placeholder is left in any page or feed', () => {
    const item = JSON.parse(readDist('feed.json')).items.find((i: { url: string }) => i.url.endsWith('/harbour-lights/'));
    expect(item.content_html).toMatch(new RegExp(`<img src="${ROOT}_astro/harbour-map\\.[\\w-]+\\.webp" srcset="${ROOT}_astro/harbour-map\\.[\\w-]+\\.webp 320w, `));
    const built = (readdirSync(distDir(), { recursive: true }) as string[]).filter((f) => /\.(html|xml|json)$/.test(f));
    expect(built.filter((f) => readDist(f).includes('__BODY_IMAGE_'))).toEqual([]);
  });

  it('stops the build with a content error naming the file, line and fix when a body image is missing', () => {
    const dir = tempDir('news-missing-image-');
    writeFileSync(path.join(dir, 'quay.md'), '---\ntitle: Quay\ndate: 2025-01-02\n---\n\nText.\n\n![The quay](images/quay.jpg)\n');
    const error = (() => {
      try {
        buildSite(dir);
      } catch (e) {
        return (e as Error).message;
      }
      return 'the build passed';
    })();
    expect(error).toMatch(/quay\.md:8: body image "images\/quay\.jpg" is neither beside the article nor in public\/\s+→ put the file next to the article/);
  });
});
