/**
 * When the search page goes on to the next older index part by itself (issue 12): a query
 * searches the newest part first (tiers.ts), and a word found only in the archive would
 * otherwise stop at "No results since <month>". This module goes to the browser.
 *
 * The page goes on while the searched parts give nothing: no result at all for a new search,
 * or nothing beyond what the reader had when asking for older articles. It stops at the first
 * part that adds a result, not at a page's worth: every part costs the query its index entry,
 * meta and word chunks, so filling a page would fetch every part for any rare word, and results
 * that grow below the ones the reader is reading would move under them. The button goes further.
 *
 * It also stops after SEEK_PARTS older parts in one go, so that a word found nowhere (a typo) has a
 * bounded cost: each older part costs 3 requests (its entry, its meta, ~7 KB per 1,000 articles
 * since compact-bundle.ts, and one word chunk), the first ~7 requests and ~150 KB. Ten more stay
 * within issue 12's one-word budget (≤ 40 requests, ≤ 400 KB) at 50,000 articles (25 parts of
 * 2,000: 27 requests, ~295 KB); the count line then says how far it searched ("… since <month
 * year>") and the button goes on.
 */

/** Older parts the page searches by itself for one search or one press of the button. */
export const SEEK_PARTS = 10;

export interface SeekState {
  /** The search term; nothing to seek for an empty box. */
  term: string;
  /** Results the searched parts gave. */
  count: number;
  /** The next older part to search, or null when none is left (or a year filter chose the parts). */
  olderFrom: number | null;
  /** Results there were when the reader asked for older articles; null for a new search (seek from 0). */
  seekingFrom: number | null;
  /** Older parts already searched by itself since the search (or the press) began. */
  sought: number;
}

/** The older part to search before showing anything, or null to show the results as they are. */
export function partToSeek({ term, count, olderFrom, seekingFrom, sought }: SeekState): number | null {
  if (!term || olderFrom === null || sought >= SEEK_PARTS) return null;
  return count <= (seekingFrom ?? 0) ? olderFrom : null;
}
