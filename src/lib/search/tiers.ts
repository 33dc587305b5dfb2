/**
 * Tiered search over the index parts (issue 12): the parts are runs of dates, newest first
 * (parts.ts), and the search page searches only the newest at first, then one older part more
 * each time the reader asks past the results shown. Loading every part cost a one-word query
 * ~10.5 bytes of meta per article (850 KB at 50,000). This module goes to the browser.
 *
 * Pagefind merges the searched parts by score, each multiplied by its part's `indexWeight`.
 * Part i gets 10^(-9i): every score of a newer part is above every score of an older one, so a
 * relevance search comes out tier by tier, newest part first, each part by relevance, and an
 * older part's results are appended below what is shown, never mixed in. A date sort's score is
 * the result's place p in its own part (≤ the part size), so p·10^(-9i) gives both back.
 */

/** Decimal orders of magnitude between one part's scores and the next older part's. */
export const TIER_DECADES = 9;

/** `indexWeight` of the part at place `i` of the page's order (0 = newest). */
export const tierWeight = (i: number) => 10 ** (-TIER_DECADES * i);

/**
 * The part a merged score came from. Holds for relevance scores and date places within
 * 10^±4.5 of 1 (Pagefind's relevance scores are near 1; places go up to the part size, which stays under
 * 31,623 = 10^4.5 until a site of about 1 million articles: parts.ts `partSizeFor`).
 * Null for 0, which says nothing (the place 0 of a date sort).
 */
export function tierOf(score: number): number | null {
  const s = Math.abs(score);
  if (s === 0 || !Number.isFinite(s)) return null;
  return Math.max(0, Math.floor((-Math.log10(s) + TIER_DECADES / 2) / TIER_DECADES));
}

/** A date-sorted result's place in its part and the part, from its merged score; null for place 0. */
export function placeOf(score: number): { place: number; part: number } | null {
  const part = tierOf(score);
  if (part === null) return null;
  return { place: Math.round(Math.abs(score) / tierWeight(part)), part };
}

/** How many parts, from the newest, have been searched without a gap. */
export function searchedRun(searched: ReadonlySet<number>): number {
  let n = 0;
  while (searched.has(n)) n++;
  return n;
}

/** The years a date ("2024-03-05", or '' when undated) is in; null when undated. */
const yearOf = (date: string) => (/^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/**
 * The parts that hold articles of any of the years, in page order. Part i holds dates from its
 * oldest (oldestDates[i]) up to the next newer part's oldest (the newest part: up to any date).
 */
export function partsForYears(years: readonly string[], oldestDates: readonly string[]): number[] {
  const wanted = years.map(Number).filter(Number.isInteger);
  return oldestDates.flatMap((oldest, i) => {
    const from = yearOf(oldest) ?? -Infinity;
    const to = i === 0 ? Infinity : (yearOf(oldestDates[i - 1]!) ?? -Infinity);
    return wanted.some((y) => y >= from && y <= to) ? [i] : [];
  });
}

/** The years the parts from `first` to the oldest cover, as "2019–2024" (or "2024"); '' for none or undated only. */
export function yearsOfParts(first: number, oldestDates: readonly string[]): string {
  if (first >= oldestDates.length || first < 1) return '';
  const to = yearOf(oldestDates[first - 1]!);
  const from = oldestDates.slice(first).map(yearOf).filter((y): y is number => y !== null).reduce((a, b) => Math.min(a, b), Infinity);
  if (to === null || from === Infinity) return '';
  return from === to ? String(to) : `${from}–${to}`;
}

/** "March 2024": the month a searched run of parts starts, in the page's language. */
export function monthOf(date: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return '';
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

/** The result count line's words (i18n.ts searchSummary), with [COUNT], [SEARCH_TERM], [SINCE] and [SUMMARY]. */
export interface SummaryWords {
  zero: string;
  zeroFiltered: string;
  one: string;
  many: string;
  zeroSince: string;
  oneSince: string;
  manySince: string;
  seeking: string;
}

/**
 * "N results for x", or "N results for x since March 2024" while older parts are unsearched
 * (since ≠ ''). No results with nothing left unsearched says so: in any article, or with the
 * chosen filters when a filter narrowed the search.
 */
export function summaryText(words: SummaryWords, count: number, term: string, since: string, filtered = false): string {
  const key = count === 0 ? (since ? 'zeroSince' : filtered ? 'zeroFiltered' : 'zero') : `${count === 1 ? 'one' : 'many'}${since ? 'Since' : ''}` as const;
  return words[key].replaceAll('[COUNT]', String(count)).replaceAll('[SEARCH_TERM]', term).replaceAll('[SINCE]', since);
}

/** The count line while the page searches older parts by itself: what the searched parts gave, and that it goes on. */
export function seekingText(words: SummaryWords, count: number, term: string, since: string, filtered = false): string {
  return words.seeking.replaceAll('[SUMMARY]', summaryText(words, count, term, since, filtered));
}
