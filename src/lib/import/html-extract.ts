/**
 * Finds the article in a saved HTML page: metadata from the page, then the page's
 * boilerplate removed by markup, then Readability for the main content.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from './article.ts';
import { cleanDocument, removeBylines } from './html-clean.ts';
import { cleanText, squash } from './text.ts';
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
  /** What was guessed or fallen back on (a title from the text, the page read without cleaning). */
  warnings: string[];
}

const parse = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;

/** At least this much prose (letters and digits outside links) makes a page an article. */
const MIN_PROSE = 80;

/** Letters and digits of an element's text outside its links: a menu or a list of links has next to none. */
function proseLetters(root: Element): number {
  let links = 0;
  for (const a of root.querySelectorAll('a')) links += (a.textContent?.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return (root.textContent?.match(/[\p{L}\p{N}]/gu) ?? []).length - links;
}

/** Readability's result must hold at least a short sentence outside links (a one-line brief has ~40 letters). */
const MIN_SENTENCE = 20;

/** Readability's result, when it found prose: on a page of menus alone it returns the menu. */
function readable(doc: Document) {
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  if (!article?.content || !squash(article.textContent ?? '')) return undefined;
  const body = parse(`<!DOCTYPE html><html><body>${article.content}</body></html>`).body;
  return body && proseLetters(body) >= MIN_SENTENCE ? article : undefined;
}

/**
 * The last resort for a page Readability gives up on (a short brief, odd markup): the text of
 * its <article>, articleBody or <main>, else its body, as paragraphs. Only when it holds prose.
 */
function plainContent(doc: Document): string | undefined {
  const root = doc.querySelector('[itemprop~="articleBody"], article, main, [role="main"]') ?? doc.body;
  if (!root) return undefined;
  for (const el of [...root.querySelectorAll('nav, header, footer, aside, menu, script, style, noscript, template, form')]) el.remove();
  if (proseLetters(root) < MIN_PROSE) return undefined;
  return root.innerHTML;
}

/** A title from the text itself: its first heading, else its first sentence, at most about 90 characters. */
function titleFromText(contentHtml: string): string | undefined {
  const doc = parse(`<!DOCTYPE html><html><body>${contentHtml}</body></html>`);
  const heading = [...doc.querySelectorAll('h1, h2, h3')].map((h) => cleanText(h.textContent ?? '')).find(Boolean);
  if (heading) return heading;
  const text = cleanText(doc.body?.textContent ?? '');
  const sentence = /^.{10,}?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= 90) return sentence || undefined;
  return sentence.slice(0, 90).replace(/\s+\S*$/, '') + '…';
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
    const alt = cleanText(img.getAttribute('alt') ?? '');
    if (src === image && alt) return alt;
  }
  return undefined;
}

export function extractPage(html: string): ExtractedPage {
  const document = parse(html);
  const warnings: string[] = [];
  const meta = readPageMeta(document, html);
  const siteName = cleanText(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '') || undefined;
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
  const h1s = [...document.querySelectorAll('h1')].map((h) => cleanText(h.textContent ?? '')).filter(Boolean);
  const docTitle = cleanText(document.querySelector('title')?.textContent ?? '');

  // A page with article text is never refused: when the cleaned page gives Readability nothing,
  // the page is read again as saved, then as plain text, each time with a warning.
  let article = readable(document);
  let contentHtml = article?.content ?? undefined;
  if (!contentHtml) {
    article = readable(parse(html));
    contentHtml = article?.content ?? undefined;
    if (contentHtml) warnings.push('Readability found the article only in the page as saved, before boilerplate removal; check the body for comments and menus');
  }
  if (!contentHtml) {
    contentHtml = plainContent(parse(html));
    if (contentHtml) warnings.push('Readability found no article; the body is the plain text of the page’s main element, so check it for menus and boilerplate');
  }
  if (!contentHtml) {
    throw new ImportError(`no article found in the page: fewer than ${MIN_PROSE} letters of text outside links, menus, headers and footers (a page of links, a script shell, or a page saved without its text?)`);
  }
  let title: string | undefined = meta.headline ?? (h1s.length === 1 ? h1s[0] : undefined) ?? stripSiteName(meta.title || docTitle || cleanText(article?.title ?? ''), siteName);
  if (!title) {
    title = titleFromText(contentHtml);
    if (!title) throw new ImportError('the page has no headline (no JSON-LD headline, <h1>, og:title or <title>) and no text to take one from');
    warnings.push(`the page names no headline (no JSON-LD headline, <h1>, og:title or <title>); the title "${title}" is taken from the text, so check it`);
  }

  return {
    meta,
    title: title!,
    baseUrl,
    contentHtml,
    excerpt: article?.excerpt ? cleanText(article.excerpt) : undefined,
    warnings,
  };
}
