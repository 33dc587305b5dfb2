/**
 * What a page tells crawlers and link previews: meta tags (Open Graph, Twitter card) and
 * robots.txt, built as plain data so SiteHead only renders them.
 */
import type { Article } from '../content/schema.ts';
import { absoluteUrl, type Routes } from './urls.ts';

/** An article's main image as an absolute URL: relative paths are files of the site. */
export function mainImageUrl(image: string, siteUrl: string, routes: Routes): string {
  return absoluteUrl(siteUrl, routes.image(image));
}

// Open Graph wants language_TERRITORY; a bare language gets its usual territory.
const DEFAULT_TERRITORY: Record<string, string> = { en: 'US', es: 'ES' };

/** BCP 47 tag → Open Graph locale: `es-MX` → `es_MX`, `en` → `en_US`. */
export function ogLocale(lang: string): string {
  const [language = '', ...rest] = lang.trim().split(/[-_]/);
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part));
  const territory = region ?? DEFAULT_TERRITORY[language.toLowerCase()];
  return territory ? `${language.toLowerCase()}_${territory.toUpperCase()}` : language.toLowerCase();
}

export interface MetaTag {
  /** Open Graph uses `property`, everything else `name`. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

export interface PageMetaInput {
  /** Full document title (with the site name). */
  title: string;
  description?: string;
  /** Absolute canonical URL; absent on pages that must not be indexed. */
  canonical?: string;
  siteTitle: string;
  siteLang: string;
  /** Set on article pages. */
  article?: Pick<Article, 'title' | 'date' | 'updated' | 'tags' | 'lang' | 'imageAlt'>;
  /** Absolute URL of the page's image, if any. */
  image?: string;
  imageAlt?: string;
}

export function pageMeta(input: PageMetaInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const named = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  const { article, description, image } = input;
  const imageAlt = input.imageAlt ?? article?.imageAlt ?? '';
  const tags: MetaTag[] = [
    og('og:type', article ? 'article' : 'website'),
    // Previews already show the site name, so an article goes by its own headline.
    og('og:title', article ? article.title : input.title),
    ...(description ? [og('og:description', description)] : []),
    ...(input.canonical ? [og('og:url', input.canonical)] : [named('robots', 'noindex')]),
    og('og:site_name', input.siteTitle),
    og('og:locale', ogLocale(article?.lang ?? input.siteLang)),
  ];
  if (image) {
    tags.push(og('og:image', image));
    if (imageAlt) tags.push(og('og:image:alt', imageAlt));
  }
  if (article) {
    if (article.date) tags.push(og('article:published_time', article.date));
    if (article.updated) tags.push(og('article:modified_time', article.updated));
    for (const tag of article.tags) tags.push(og('article:tag', tag));
  }
  tags.push(named('twitter:card', image ? 'summary_large_image' : 'summary'));
  if (image && imageAlt) tags.push(named('twitter:image:alt', imageAlt));
  return tags;
}

/** Astro builds 404 as `<base>404/`: that address is no page of its own, so it gets no canonical URL. */
export function isStatusPage(url: string, basePath: string): boolean {
  const { pathname } = new URL(url);
  return [404, 500].some((code) => pathname === `${basePath}${code}/` || pathname === `${basePath}${code}.html`);
}

/** robots.txt that allows everything and names the sitemap index. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
