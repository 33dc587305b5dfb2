/**
 * Finds the article in a saved HTML page: metadata from the page, then the page's
 * boilerplate removed by markup, then Readability for the main content.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError, squash } from './article.ts';
import { cleanDocument, removeBylines } from './html-clean.ts';
import { readByline, readPageMeta, readTimeElement, type PageMeta } from './html-metadata.ts';

export interface ExtractedPage {
  meta: PageMeta;
  /** Headline: JSON-LD's, else the page's one <h1>, else og:title or <title> without the site name. */
  title: string;
  /** Base for relative links and images; undefined when the page never says where it lived. */
  baseUrl?: string;
  /** The article's HTML as Readability kept it. */
  contentHtml: string;
  /** Readability's excerpt, for a description when the page has none. */
  excerpt?: string;
}

/** "Headline | Site", "Headline - Site": the site name is not part of the headline. */
export function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+(?:[|–—-]|::)\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!.toLowerCase();
  if (siteName && last === siteName.toLowerCase()) return title.slice(0, title.length - last.length).replace(/\s+(?:[|–—-]|::)\s+$/, '');
  // Without a site name to compare, only the bar is taken as the usual "Headline | Site".
  const bar = title.lastIndexOf(' | ');
  return bar > 0 ? title.slice(0, bar) : title;
}

export function absoluteUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** Alt text of the page's own <img> of the main image, read before Readability rewrites the page. */
function altOfImage(doc: Document, image: string | undefined, baseUrl: string | undefined): string | undefined {
  if (!image) return undefined;
  for (const img of doc.querySelectorAll('img[alt]')) {
    const src = absoluteUrl(img.getAttribute('src') ?? undefined, baseUrl);
    const alt = squash(img.getAttribute('alt') ?? '');
    if (src === image && alt) return alt;
  }
  return undefined;
}

export function extractPage(html: string): ExtractedPage {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const meta = readPageMeta(document, html);
  const siteName = squash(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '') || undefined;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  // Only an absolute canonical URL can be a source; a <base href> only resolves links.
  meta.url = absoluteUrl(meta.url, undefined);
  const baseUrl = absoluteUrl(baseHref, meta.url) ?? meta.url;
  // A protocol-relative URL still names its host; assume https when the page gives no base.
  meta.image = absoluteUrl(meta.image?.replace(/^\/\//, 'https://'), baseUrl) ?? meta.image;
  meta.imageAlt ??= altOfImage(document, meta.image, baseUrl);

  cleanDocument(document);
  // Comments carry their own <time>s and authors, so the article's are looked for once they are gone.
  meta.datePublished ??= readTimeElement(document);
  meta.author ??= readByline(document);
  removeBylines(document);
  const h1s = [...document.querySelectorAll('h1')].map((h) => squash(h.textContent ?? '')).filter(Boolean);
  const docTitle = squash(document.querySelector('title')?.textContent ?? '');

  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article?.content || !squash(article.textContent ?? '')) {
    throw new ImportError('no article found in the page (a script shell, or a page saved without its text?)');
  }
  const title = meta.headline ?? (h1s.length === 1 ? h1s[0] : undefined) ?? stripSiteName(meta.title || docTitle || squash(article.title ?? ''), siteName);
  if (!title) throw new ImportError('the page has no headline: no JSON-LD headline, <h1>, og:title or <title>');

  return {
    meta,
    title,
    baseUrl,
    contentHtml: article.content,
    excerpt: article.excerpt ? squash(article.excerpt) : undefined,
  };
}
