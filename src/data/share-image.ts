/**
 * The absolute URL that link previews and feeds give for an article's main image. A local
 * image is built once more at a preview size, in a format every reader and scraper takes.
 *
 * This folder (src/data/) is the pages' door to the data. Its modules stay out of src/lib
 * because they are Astro-side: they import `astro:*` virtual modules or hold the parsed
 * environment for pages, which the framework-free wings must never do.
 */
import { getImage } from 'astro:assets';
import { imageAssetOf } from '../lib/build/local-image';
import { mainImageUrl } from '../lib/site/seo';
import type { Article } from '../lib/content/schema';
import { absoluteUrl } from '../lib/site/urls';
import { config, routes } from './site';

/** Open Graph's recommended width; smaller originals stay their size. */
const SHARE_WIDTH = 1200;

export async function shareImageUrl(article: Article): Promise<string | undefined> {
  const asset = imageAssetOf(article);
  if (!asset) return article.image ? mainImageUrl(article.image, config.siteUrl, routes) : undefined;
  // WebP is not taken everywhere; PNG keeps transparency, everything else becomes JPEG.
  const format = asset.format === 'png' ? 'png' : 'jpg';
  const built = await getImage({ src: asset, width: Math.min(asset.width, SHARE_WIDTH), format });
  return absoluteUrl(config.siteUrl, built.src);
}

/** Search results show the main image in a 64 px box: twice that covers 2x screens. */
const THUMBNAIL_WIDTH = 128;

/** The search index's thumbnail of a local main image (a small WebP under the base path); undefined for none or a remote one. */
export async function searchThumbnailUrl(article: Article): Promise<string | undefined> {
  const asset = imageAssetOf(article);
  if (!asset) return undefined;
  return (await getImage({ src: asset, width: Math.min(asset.width, THUMBNAIL_WIDTH) })).src;
}
