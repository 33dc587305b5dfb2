/**
 * How the search page tells Pagefind's Component UI which index parts to merge: a JSON list
 * of bundle URLs in data-merge-bundles on <pagefind-config>, turned into `mergeIndex` by the
 * page's script (so this module goes to the browser). The build reads the attribute back
 * with search-page-attributes.ts to check it names every written part.
 */
export const MERGE_ATTRIBUTE = 'data-merge-bundles';

/** One entry of the Component UI's `mergeIndex` option. */
export interface MergeIndexOption {
  bundlePath: string;
  /** Prefix of result URLs; Pagefind would guess it from the bundle path otherwise. */
  baseUrl?: string;
}

/** data-merge-bundles (a JSON list of bundle URLs) as `mergeIndex` entries. */
export function mergeIndexOptions(json: string | undefined, baseUrl: string | null | undefined): MergeIndexOption[] {
  const list: unknown = JSON.parse(json || '[]');
  if (!Array.isArray(list) || !list.every((b) => typeof b === 'string')) throw new TypeError(`not a list of bundle URLs: ${json}`);
  return list.map((bundlePath) => (baseUrl ? { bundlePath, baseUrl } : { bundlePath }));
}

/** The part of a Pagefind search response that merging touches. */
export interface PartResponse<R> {
  results: R[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** Adds up filter counts over the parts, as Pagefind's own merge does. */
export function sumFilters(all: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters ?? {})) {
      const target = (out[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return out;
}

/**
 * One sorted result list from the parts' own sorted lists. Pagefind merges parts by score, and a
 * sorted result's score is only its place within its own part, so its merge interleaves the parts.
 * The parts are runs of dates, newest first (parts.ts), so for a date sort the right order is the
 * parts one after the other: newest first for `desc`, the reverse for `asc`.
 * @param responses one per part, in the page's order (the primary, then data-merge-bundles)
 */
export function concatSorted<R>(responses: readonly PartResponse<R>[], direction: 'asc' | 'desc'): PartResponse<R> {
  const ordered = direction === 'desc' ? responses : [...responses].reverse();
  return {
    results: ordered.flatMap((r) => r.results),
    unfilteredResultCount: responses.reduce((sum, r) => sum + r.unfilteredResultCount, 0),
    filters: sumFilters(responses.map((r) => r.filters)),
    totalFilters: sumFilters(responses.map((r) => r.totalFilters)),
  };
}

/** The sort options the search page offers: relevance (no sort) or a date sort. */
export const SORTS = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } } as const;
export type SortName = keyof typeof SORTS;

/** The sort named by the page's control, or relevance for anything else. */
export function sortOption(name: string | null | undefined): { date: 'asc' | 'desc' } | undefined {
  return name && Object.hasOwn(SORTS, name) ? SORTS[name as SortName] : undefined;
}

/** Results the page shows at first and adds per "more" press: the Component UI builds a placeholder
    and an IntersectionObserver for every result it shows, which took 5.9 s for 8,500 results. */
export const RESULTS_STEP = 20;
