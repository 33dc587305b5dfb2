/**
 * Pagefind's filters() loads every index part's filter files (two per part: tag and year), and
 * the Component UI calls it as soon as Pagefind loads, before the first search: at 10,000
 * articles in five parts that was 10 of a one-word query's 34 Pagefind requests and 54 KB. Until
 * the reader reaches for a filter, the UI is told there are none; a search with a filter still
 * loads the filter files it needs itself. This module goes to the browser (search page script).
 */

/** Filter name → value → number of pages, as Pagefind's filters() gives them. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FilterSource {
  filters(): Promise<FilterCounts>;
}

/**
 * Makes `pagefind.filters()` answer `{}` without loading anything, until the returned function
 * is called: that loads the real filters, and from then on filters() is Pagefind's own again.
 */
export function deferFilters(pagefind: FilterSource): () => Promise<FilterCounts> {
  const load = pagefind.filters.bind(pagefind);
  let wanted = false;
  pagefind.filters = () => (wanted ? load() : Promise.resolve({}));
  return () => {
    wanted = true;
    return load();
  };
}
