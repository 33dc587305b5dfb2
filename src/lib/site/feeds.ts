/**
 * Feeds of the newest articles: RSS 2.0 items for @astrojs/rss and a JSON Feed 1.1
 * document, built from plain data so both can be tested without a build.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { SiteConfig } from '../config.ts';
import { calendarParts } from '../content/dates.ts';
import type { Dictionary } from './i18n.ts';
import type { Article } from '../content/schema.ts';
import { mainImageUrl } from './seo.ts';
import { absoluteUrl, type Routes } from './urls.ts';

export const FEED_SIZE = 50;

export interface FeedSite {
  title: string;
  description: string;
  /** Language of the site, BCP 47. */
  lang: string;
  /** Origin such as https://example.org; paths come from `routes`. */
  siteUrl: string;
  routes: Routes;
}

/** The feed's site description from configuration and the interface language. */
export function feedSite(config: Pick<SiteConfig, 'siteTitle' | 'siteLang' | 'siteUrl'>, routes: Routes, t: Pick<Dictionary, 'feedDescription'>): FeedSite {
  return { title: config.siteTitle, description: t.feedDescription(config.siteTitle), lang: config.siteLang, siteUrl: config.siteUrl, routes };
}

export interface FeedEntry {
  article: Article;
  /** Sanitized body HTML, as on the article page. */
  html: string;
  /** Absolute URL of the main image as built (a local image is resized); else from `article.image`. */
  imageUrl?: string;
}

function entryImageUrl({ article, imageUrl }: FeedEntry, site: FeedSite): string | undefined {
  return imageUrl ?? (article.image ? mainImageUrl(article.image, site.siteUrl, site.routes) : undefined);
}

/** A calendar date as UTC midnight: the same instant on every build machine. */
export function feedDate(date: string): Date {
  const { year, month, day } = calendarParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** RFC 3339 timestamp of a calendar date, at the same UTC midnight as the RSS date. */
export function rfc3339(date: string): string {
  return feedDate(date).toISOString().replace('.000Z', 'Z');
}

// hast property names whose value is one URL.
const URL_PROPS = ['href', 'src', 'cite', 'longDesc', 'poster'] as const;

/** Leaves absolute URLs (any scheme) alone; resolves the rest as the page's browser would. */
function resolve(value: string, base: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

const parser = unified().use(rehypeParse, { fragment: true });
const printer = unified().use(rehypeStringify);

/**
 * Makes every URL in an HTML fragment absolute against `baseUrl` (the article page's URL),
 * since feed readers show content away from the page its relative links were written for.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const tree = parser.parse(html) as Root;
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    for (const name of URL_PROPS) {
      const value = props[name];
      if (typeof value === 'string') props[name] = resolve(value, baseUrl);
    }
    // srcset is a comma list of "url descriptor" candidates.
    for (const name of ['srcSet', 'imageSrcSet']) {
      const value = props[name];
      const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : undefined;
      if (!list) continue;
      props[name] = list
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [resolve(url, baseUrl), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return printer.stringify(tree);
}

// Characters XML 1.0 cannot carry at all, even escaped; scraped text sometimes has them.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text for an element of `customData`, which @astrojs/rss parses and re-escapes. */
function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The feed item's HTML: the main image the page shows above the body, then the body, all URLs absolute. */
export function feedContentHtml(entry: FeedEntry, site: FeedSite): string {
  const { article } = entry;
  const pageUrl = absoluteUrl(site.siteUrl, site.routes.article(article.slug));
  const imageUrl = entryImageUrl(entry, site);
  const image = imageUrl ? `<p><img src="${escapeAttr(imageUrl)}" alt="${escapeAttr(article.imageAlt)}"></p>` : '';
  return absolutizeHtml(image + entry.html, pageUrl);
}

/** The newest articles a feed carries; `articles` is already newest first. */
export function feedArticles<T>(articles: readonly T[], size = FEED_SIZE): T[] {
  return articles.slice(0, size);
}

export interface RssItem {
  title: string;
  link: string;
  description?: string;
  pubDate?: Date;
  content: string;
  categories: string[];
  customData?: string;
}

export interface RssOptions {
  title: string;
  description: string;
  site: string;
  xmlns: Record<string, string>;
  customData: string;
  items: RssItem[];
}

/** Options for @astrojs/rss. The byline goes in dc:creator: RSS's own <author> must be an e-mail address. */
export function buildRss(site: FeedSite, entries: readonly FeedEntry[]): RssOptions {
  const feedUrl = absoluteUrl(site.siteUrl, site.routes.rss());
  return {
    title: xmlSafe(site.title),
    description: xmlSafe(site.description),
    site: absoluteUrl(site.siteUrl, site.routes.home()),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${xmlText(site.lang)}</language>` +
      `<atom:link href="${escapeAttr(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: entries.map((entry) => {
      const { article } = entry;
      return {
        title: xmlSafe(article.title),
        link: absoluteUrl(site.siteUrl, site.routes.article(article.slug)),
        ...(article.description ? { description: xmlSafe(article.description) } : {}),
        ...(article.date ? { pubDate: feedDate(article.date) } : {}),
        content: xmlSafe(feedContentHtml(entry, site)),
        categories: article.tags.map(xmlSafe),
        ...(article.author ? { customData: `<dc:creator>${xmlText(article.author)}</dc:creator>` } : {}),
      };
    }),
  };
}

export interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  content_html: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: { name: string }[];
  tags?: string[];
  language: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

export function buildJsonFeed(site: FeedSite, entries: readonly FeedEntry[]): JsonFeed {
  const abs = (path: string) => absoluteUrl(site.siteUrl, path);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: abs(site.routes.home()),
    feed_url: abs(site.routes.jsonFeed()),
    description: site.description,
    language: site.lang,
    items: entries.map((entry) => {
      const { article } = entry;
      const url = abs(site.routes.article(article.slug));
      const image = entryImageUrl(entry, site);
      return {
        id: url,
        url,
        ...(article.source ? { external_url: article.source } : {}),
        title: article.title,
        content_html: feedContentHtml(entry, site),
        ...(article.description ? { summary: article.description } : {}),
        ...(image ? { image } : {}),
        ...(article.date ? { date_published: rfc3339(article.date) } : {}),
        ...(article.updated ? { date_modified: rfc3339(article.updated) } : {}),
        ...(article.author ? { authors: [{ name: article.author }] } : {}),
        ...(article.tags.length ? { tags: [...article.tags] } : {}),
        language: article.lang,
      };
    }),
  };
}
