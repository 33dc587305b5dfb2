/**
 * Structured data for article pages (schema.org NewsArticle) and its serialization into
 * a `<script type="application/ld+json">` element, whose text no value may end early.
 */
import type { Article } from '../content/schema.ts';

export interface NewsArticleContext {
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute URL of the main image, if any. */
  image?: string;
  siteTitle: string;
  /** Absolute URL of the home page. */
  siteHome: string;
  /** Absolute URL of the author's page on this site, when there is a byline. */
  authorUrl?: string;
}

type Fields = Pick<Article, 'title' | 'description' | 'date' | 'updated' | 'author' | 'lang'>;

export function newsArticleJsonLd(article: Fields, ctx: NewsArticleContext): Record<string, unknown> {
  const modified = article.updated ?? article.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.description ? { description: article.description } : {}),
    // Calendar dates as written: adding a time would invent one.
    ...(article.date ? { datePublished: article.date } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(ctx.image ? { image: [ctx.image] } : {}),
    // No byline means no author: the site is the publisher, not the writer.
    ...(article.author ? { author: { '@type': 'Person', name: article.author, ...(ctx.authorUrl ? { url: ctx.authorUrl } : {}) } } : {}),
    publisher: { '@type': 'Organization', name: ctx.siteTitle, url: ctx.siteHome },
    inLanguage: article.lang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': ctx.url },
    url: ctx.url,
  };
}

const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a script element. `<` is what could write `</script>` or `<!--`; `>` and `&`
 * go too, and the line separators, which older JavaScript parsers rejected in strings.
 * Outside strings JSON has none of these characters, so escaping them is lossless.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('JSON-LD data must be JSON-serializable');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
