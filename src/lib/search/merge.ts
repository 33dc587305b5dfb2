/**
 * How the search page tells Pagefind's Component UI which index parts to merge: a JSON list
 * of bundle URLs in data-merge-bundles on <pagefind-config>, turned into `mergeIndex` by the
 * page's script (so this module goes to the browser). The build reads the attribute back
 * with search-page-attributes.ts to check it names every written part.
 */
import { placeOf, tierWeight } from './tiers';

export const MERGE_ATTRIBUTE = 'data-merge-bundles';

/** Older parts the page can merge beside the newest (tierWeight must stay a normal double). */
export const MAX_MERGED_PARTS = 33;

/** One entry of the Component UI's `mergeIndex` option. */
export interface MergeIndexOption {
  bundlePath: string;
  /** Prefix of result URLs; Pagefind would guess it from the bundle path otherwise. */
  baseUrl?: string;
  /** Multiplies the part's scores: keeps each part's results in a tier of their own (tiers.ts). */
  indexWeight?: number;
}

/** data-merge-bundles (a JSON list of bundle URLs) as `mergeIndex` entries; entry i is part i + 1, merged when the reader needs it. */
export function mergeIndexOptions(json: string | undefined, baseUrl: string | null | undefined): MergeIndexOption[] {
  const list: unknown = JSON.parse(json || '[]');
  if (!Array.isArray(list) || !list.every((b) => typeof b === 'string')) throw new TypeError(`not a list of bundle URLs: ${json}`);
  // 10^(-9·34) is below the smallest double: more parts would all score 0 (tiers.ts).
  if (list.length > MAX_MERGED_PARTS) throw new RangeError(`${list.length + 1} index parts: the search page tells at most ${MAX_MERGED_PARTS + 1} apart; raise SEARCH_PART_SIZE`);
  return list.map((bundlePath, i) => ({ bundlePath, ...(baseUrl ? { baseUrl } : {}), indexWeight: tierWeight(i + 1) }));
}

/**
 * The right order for a date sort of results that Pagefind merged by score. A sorted result's
 * score is only its place within its own part, so Pagefind interleaves the parts; but the parts
 * are runs of dates, newest first (parts.ts), so the right order is part by part, newest part first
 * for `desc` (the reverse for `asc`), each part in its own order. A part's oldest article has place
 * 0, which says nothing of its part: `partOfDate` places it (from the result's date, read from its
 * data, and the parts' oldest dates).
 */
export function orderByParts<R extends { score: number }>(results: readonly R[], direction: 'asc' | 'desc', partOfZero: (result: R) => number): R[] {
  const keyed = results.map((r) => {
    const found = placeOf(r.score);
    return { r, part: found ? found.part : partOfZero(r), place: found ? found.place : 0 };
  });
  // desc: newest part (0) first, higher place (newer) first; asc: oldest part first, lower place first.
  const sign = direction === 'desc' ? 1 : -1;
  return keyed.sort((a, b) => sign * (a.part - b.part) || sign * (b.place - a.place)).map((k) => k.r);
}

/** The index of the part holding `date`: the first, newest first, whose oldest date is not after it. */
export function partOfDate(date: string | undefined, oldestDates: readonly string[]): number {
  const i = oldestDates.findIndex((oldest) => (date ?? '') >= oldest);
  return i < 0 ? oldestDates.length - 1 : i;
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
