/**
 * Main images in the built fixture site: a local file beside the article is resized by
 * astro:assets into a sized, responsive <img>; a remote URL is linked as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { imageMetadata } from 'astro/assets/utils';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from './dist.ts';

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
