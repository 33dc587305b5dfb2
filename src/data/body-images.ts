/**
 * Builds an article's local body images with astro:assets and puts them into its body HTML
 * (see src/lib/build/body-images.ts): resized like the main image into a WebP srcset, with
 * the file's real width and height so the page reserves their space.
 *
 * This folder (src/data/) is the pages' door to the data. Its modules stay out of src/lib
 * because they are Astro-side: they import `astro:*` virtual modules or hold the parsed
 * environment for pages, which the framework-free wings must never do.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { fillBodyImages, type FilledImage } from '../lib/build/body-images.ts';
import type { ArticleEntryData } from '../lib/content/schema.ts';
import { routes } from './site.ts';

/** The body column is the main image's: at most ~40rem, so 1280px covers 2x screens. */
const BODY_WIDTHS = [320, 640, 960, 1280];
const BODY_SIZES = '(min-width: 42rem) 40rem, calc(100vw - 2rem)';

function assetsOf(article: ArticleEntryData): (ImageMetadata | string | null)[] {
  return (article as { bodyImageAssets?: (ImageMetadata | string | null)[] }).bodyImageAssets ?? [];
}

async function built(article: ArticleEntryData, index: number): Promise<FilledImage> {
  const src = article.bodyImages[index]!;
  const asset = assetsOf(article)[index];
  if (asset === null || asset === undefined) return { src: routes.image(src) }; // a file of public/, linked under the base path
  // Still a path: Astro's list of content images lacked it (another build in this folder rewrote it meanwhile).
  if (typeof asset === 'string') throw new Error(`the body image "${src}" of ${article.file} was not built by astro:assets; run the build again, one build per project folder at a time`);
  const image = await getImage({ src: asset, width: Math.min(asset.width, BODY_WIDTHS.at(-1)!), widths: BODY_WIDTHS, sizes: BODY_SIZES });
  const { width, height } = image.attributes as { width?: number; height?: number };
  return { src: image.src, srcset: image.srcSet.attribute, sizes: BODY_SIZES, width: Number(width), height: Number(height) };
}

/** The body HTML with its local images built and linked. */
export async function withBodyImages(article: ArticleEntryData, html: string): Promise<string> {
  if (!article.bodyImages.length) return html;
  return fillBodyImages(html, await Promise.all(article.bodyImages.map((_, i) => built(article, i))));
}
