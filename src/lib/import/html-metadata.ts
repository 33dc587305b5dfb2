/**
 * Article metadata as the page states it: JSON-LD (NewsArticle, Article, BlogPosting…),
 * Open Graph and other meta tags, <time>, <html lang> and the canonical link. Values
 * come back raw (dates unparsed, URLs unresolved); html-extract decides and converts.
 */
import { firstLang } from './lang.ts';
import { cleanText } from './text.ts';

export interface PageMeta {
  /** JSON-LD headline: the article's own, without the site name. */
  headline?: string;
  /** og:title or twitter:title, which often carry the site name. */
  title?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  description?: string;
  image?: string;
  imageAlt?: string;
  /** Every date value the page states (meta tags, JSON-LD, <time>), for its time zone. */
  dateValues?: string[];
  /** Caption of the JSON-LD image: an alt text of last resort. */
  imageCaption?: string;
  url?: string;
  lang?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** A value as a reader should see it: entities left by templates decoded, soft hyphens gone (text.ts). */
const str = (v: unknown): string | undefined => {
  const text = typeof v === 'string' ? cleanText(v) : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  return text || undefined;
};

/** Every JSON-LD node on the page, with `@graph` lists flattened; broken blocks are skipped. */
function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of asArray(data)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      for (const inner of asArray(item['@graph'])) if (isObject(inner)) nodes.push(inner);
    }
  }
  return nodes;
}

const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report)$/;
const isArticle = (node: Json) => asArray(node['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));

function readJsonLd(doc: Document): PageMeta {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find(isArticle);
  if (!article) return {};
  // Yoast and others point at shared nodes by @id instead of nesting them.
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const deref = (v: unknown): unknown => (isObject(v) && typeof v['@id'] === 'string' && byId.has(v['@id']) ? byId.get(v['@id']) : v);

  const images = asArray(article.image).map(deref);
  const firstImage = images[0];
  const imageUrl = str(firstImage) ?? (isObject(firstImage) ? str(firstImage.url) ?? str(firstImage.contentUrl) : undefined);
  const authors = asArray(article.author)
    .map(deref)
    .map((a) => str(a) ?? (isObject(a) ? str(a.name) : undefined))
    .filter((a): a is string => a !== undefined);
  const page = deref(article.mainEntityOfPage);

  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    author: authors.length ? authors.join(', ') : undefined,
    description: str(article.description),
    image: imageUrl ?? str(article.thumbnailUrl),
    imageCaption: isObject(firstImage) ? str(firstImage.caption) : undefined,
    url: str(article.url) ?? str(page) ?? (isObject(page) ? str(page.url) ?? str(page['@id']) : undefined),
    lang: firstLang(str(article.inLanguage)),
    dateValues: [article.datePublished, article.dateCreated, article.dateModified].map(str).filter((v): v is string => v !== undefined),
  };
}

function readMetaTags(doc: Document): PageMeta {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = str(el?.getAttribute('content'));
      if (value) return value;
    }
    return undefined;
  };
  const author = meta('author', 'article:author', 'dc.creator', 'DC.creator');
  const dateKeys = ['article:published_time', 'article:modified_time', 'og:updated_time', 'datePublished', 'dateModified', 'date', 'dc.date', 'DC.date', 'pubdate'];
  const times = [...doc.querySelectorAll('time[datetime]')].map((t) => str(t.getAttribute('datetime')));
  return {
    title: meta('og:title', 'twitter:title'),
    datePublished: meta('article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date', 'pubdate'),
    dateModified: meta('article:modified_time', 'dateModified', 'og:updated_time'),
    dateValues: [...dateKeys.map((k) => meta(k)), ...times].filter((v): v is string => v !== undefined),
    // article:author is often a profile URL, which is no byline.
    author: author && !/^https?:/i.test(author) ? author : undefined,
    description: meta('og:description', 'description', 'twitter:description'),
    image: meta('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    imageAlt: meta('og:image:alt', 'twitter:image:alt'),
    url: str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'),
    // Each source in turn until one is a real tag (lang.ts): `en_US`, `de_CH` are fixed, junk is passed over.
    lang: firstLang(
      doc.documentElement?.getAttribute('lang'),
      doc.documentElement?.getAttribute('xml:lang'),
      meta('og:locale'),
      doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
      meta('language', 'dc.language', 'DC.language'),
      doc.body?.getAttribute('lang'),
    ),
  };
}

/** Browsers and SingleFile note where a saved page came from in a leading comment. */
function savedFromUrl(html: string): string | undefined {
  const head = html.slice(0, 2000);
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1] ?? /<!--[^]*?\burl:\s*(https?:\/\/\S+)[^]*?-->/i.exec(head)?.[1];
}

/** JSON-LD describes the article itself, so it wins over page-wide meta tags. */
export function readPageMeta(doc: Document, html: string): PageMeta {
  const fromJsonLd = readJsonLd(doc);
  const fromTags = readMetaTags(doc);
  const merged: PageMeta = { ...fromTags };
  for (const [key, value] of Object.entries(fromJsonLd) as [Exclude<keyof PageMeta, 'dateValues'>, string | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  merged.dateValues = [...(fromJsonLd.dateValues ?? []), ...(fromTags.dateValues ?? [])];
  // JSON-LD's language wins only when it is a real tag; else the page's own attributes.
  merged.lang = fromJsonLd.lang ?? fromTags.lang;
  merged.url ??= savedFromUrl(html);
  return merged;
}

/** The article's <time>: a marked-up publication date first, else the first datetime left on the page. */
export function readTimeElement(doc: Document): string | undefined {
  const marked = doc.querySelector('time[itemprop="datePublished"], time.published, time.dt-published, time[pubdate], time.entry-date');
  const el = marked ?? doc.querySelector('time[datetime]');
  return str(el?.getAttribute('datetime')) ?? str(el?.textContent);
}

/** A byline from markup (microdata, microformats, rel=author, .byline), without its "By". */
export function readByline(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop~="author"] [itemprop~="name"], [itemprop~="author"], .p-author, [rel~="author"], .byline');
  const text = str(el?.textContent);
  return text?.replace(/^(by|por)\s+/i, '') || undefined;
}
