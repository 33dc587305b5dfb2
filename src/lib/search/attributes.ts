/**
 * The data-pagefind-* attributes an article element carries, so the search index holds
 * only article text plus filters (tag, year), a date meta and a date sort key.
 *
 * Pagefind reads one inline `key:value` per attribute and splits attribute references on
 * commas, so each tag goes into its own data attribute and is referenced by name: tag
 * values may then hold commas and colons safely.
 */
import type { Article } from '../content/schema.ts';

export type SearchAttributes = Record<`data-${string}`, string>;

/**
 * @param tagName the site-wide spelling of a tag, so "local-news" and "Local news" filter
 *   as one value; by default tags are used as written.
 */
export function searchAttributes(article: Pick<Article, 'date' | 'tags'>, tagName: (tag: string) => string = (tag) => tag): SearchAttributes {
  const attrs: SearchAttributes = { 'data-pagefind-body': '' };
  const filters: string[] = [];
  [...new Set(article.tags.map(tagName))].forEach((tag, i) => {
    attrs[`data-search-tag-${i}`] = tag;
    filters.push(`tag[data-search-tag-${i}]`);
  });
  if (article.date) {
    attrs['data-search-date'] = article.date;
    attrs['data-search-year'] = article.date.slice(0, 4);
    filters.push('year[data-search-year]');
    attrs['data-pagefind-meta'] = 'date[data-search-date]';
    attrs['data-pagefind-sort'] = 'date[data-search-date]';
  }
  if (filters.length) attrs['data-pagefind-filter'] = filters.join(', ');
  return attrs;
}
