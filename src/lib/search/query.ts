/** The search page's `?q=` parameter: read on load, kept in step while the reader types,
    so a search can be linked, bookmarked and restored with Back. */

export const QUERY_PARAM = 'q';

/** The search term in a query string (`?q=…`), trimmed; '' when absent. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get(QUERY_PARAM) ?? '').trim();
}

/** The same URL with `q` set to the term, or removed when the term is blank. */
export function withQuery(href: string, term: string): string {
  const url = new URL(href);
  const clean = term.trim();
  if (clean) url.searchParams.set(QUERY_PARAM, clean);
  else url.searchParams.delete(QUERY_PARAM);
  return url.href;
}
