/**
 * How the search index is split into parts: Pagefind holds a whole index in memory while
 * writing it (about 0.25 MB per article: 12.4 GB for one index of 50,000 articles), so large
 * sites are indexed a part at a time.
 * Both the Pagefind integration and the search page plan from the same article slugs, so
 * they agree on which bundle folders exist without reading each other's output.
 */

import { MAX_MERGED_PARTS } from './merge.ts';

/** Articles per part (the default lives with the configuration, which every wing reads). */
export { DEFAULT_SEARCH_PART_SIZE as DEFAULT_PART_SIZE } from '../config.ts';

/** Folder of the primary bundle (Pagefind's scripts, Wasm and UI), relative to the site root. */
export const PRIMARY_DIR = 'pagefind/';

export interface SearchPart {
  /** Place of the part's run of dates, 0 for the oldest: where its cached bundle is kept between builds. */
  id: number;
  /** Folder of its bundle relative to the site root, ending in `/`. */
  dir: string;
  /** The one bundle the search page loads (the newest part); the others are merged into it. */
  primary: boolean;
  /** The slugs of its articles, sorted. */
  slugs: string[];
}

/** Sorts the same in every locale, unlike localeCompare. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most parts the search page can tell apart (merge.ts: the newest and MAX_MERGED_PARTS older ones). */
export const MAX_PARTS = MAX_MERGED_PARTS + 1;

/**
 * The part size a site of `articleCount` articles is indexed with: `minimum` (SEARCH_PART_SIZE),
 * doubled as often as needed to stay within the parts the search page can merge. Small parts keep
 * a one-article edit cheap (its whole part is indexed again); the cap keeps every part searchable.
 * Doubling, not `count / MAX_PARTS`, because a size that followed the count would move every part's
 * boundary each few new articles, and every part would be indexed again.
 */
export function partSizeFor(articleCount: number, minimum: number): number {
  let size = minimum;
  while (Math.ceil(articleCount / size) > MAX_PARTS) size *= 2;
  return size;
}

/** Number of parts for a site: the article count over the part size, rounded up. */
export function partCount(articleCount: number, partSize: number): number {
  if (!Number.isInteger(partSize) || partSize < 1) throw new RangeError(`part size must be a positive integer, got ${partSize}`);
  return Math.max(1, Math.ceil(articleCount / partSize));
}

/** What the plan needs of an article: its folder name and its date (YYYY-MM-DD), if any. */
export interface DatedSlug {
  slug: string;
  date?: string | null;
}

/** Oldest first: undated articles, then by date, then by slug, so ties are settled the same everywhere. */
function oldestFirst(a: DatedSlug, b: DatedSlug): number {
  return byCodeUnit(a.date ?? '', b.date ?? '') || byCodeUnit(a.slug, b.slug);
}

/**
 * The parts, newest first. Articles are ordered oldest first and cut into runs of the part size (partSizeFor)
 * counted from the oldest, so part 0 is the oldest run and the last part, partly filled, holds
 * the newest articles. A new article usually lands in that newest part, and an edit that keeps
 * the date moves nothing: only the changed part is indexed again. Because each part is one run of
 * dates, a sort by date is the parts' sorted results one after the other (merge.ts).
 * The newest part is the primary bundle, in `pagefind/`; the others go in `pagefind/part-<id>/`.
 * With no articles there is one empty primary part, so the search page always has a bundle to load.
 */
export function planParts(articles: readonly DatedSlug[], minimumPartSize: number): SearchPart[] {
  const partSize = partSizeFor(articles.length, minimumPartSize);
  const count = partCount(articles.length, partSize);
  const sorted = [...articles].sort(oldestFirst);
  const parts: SearchPart[] = [];
  for (let id = count - 1; id >= 0; id--) {
    parts.push({
      id,
      dir: id === count - 1 ? PRIMARY_DIR : `${PRIMARY_DIR}part-${id}/`,
      primary: id === count - 1,
      slugs: sorted.slice(id * partSize, (id + 1) * partSize).map((a) => a.slug).sort(byCodeUnit),
    });
  }
  return parts;
}

/**
 * A glob, relative to the output folder, matching exactly the pages of these slugs under
 * `folder` (`articles/`). One glob lets Pagefind read a part's files itself, in parallel.
 * Slugs are letters, digits and hyphens (schema.ts); anything a glob could read as syntax
 * is refused rather than escaped.
 */
export function partGlob(folder: string, slugs: readonly string[]): string {
  const unsafe = slugs.find((s) => !/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_.-]*$/u.test(s));
  if (unsafe !== undefined) throw new Error(`article folder "${unsafe}" cannot be put in a glob`);
  return `${folder}{${slugs.join(',')}}/index.html`;
}

/** Article folders named in one glob: Pagefind refuses a glob of 5,000 names as unparsable; 2,000 always parsed. */
export const GLOB_SLUGS = 2000;

/** Globs (partGlob) that together match exactly these slugs' pages, each naming at most `perGlob` of them. */
export function partGlobs(folder: string, slugs: readonly string[], perGlob = GLOB_SLUGS): string[] {
  const globs: string[] = [];
  for (let from = 0; from < slugs.length; from += perGlob) globs.push(partGlob(folder, slugs.slice(from, from + perGlob)));
  return globs;
}

/** What a part's bundle was built from. Equal manifests give byte-identical bundles. */
export interface PartManifest {
  pagefind: string;
  options: Record<string, unknown>;
  /** [page URL, hash of its HTML], sorted by URL. */
  pages: [string, string][];
}

export function partManifest(pagefind: string, options: Record<string, unknown>, pages: Iterable<[string, string]>): PartManifest {
  const sortedOptions = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined).sort(([a], [b]) => byCodeUnit(a, b)));
  const sortedPages = [...pages].sort(([a], [b]) => byCodeUnit(a, b));
  return { pagefind, options: sortedOptions, pages: sortedPages };
}

/** True when a cached manifest (parsed JSON, possibly from an older layout) matches. */
export function sameManifest(cached: unknown, current: PartManifest): boolean {
  return JSON.stringify(cached) === JSON.stringify(current);
}

/**
 * Files of a bundle the search page needs when it is merged into the primary one: the
 * entry, metadata and index chunks. Pagefind's scripts, styles and Wasm are the primary's.
 */
export function isMergedBundleFile(relativePath: string): boolean {
  const top = relativePath.split(/[\\/]/)[0]!;
  return ['fragment', 'index', 'filter'].includes(top) || top === 'pagefind-entry.json' || /^pagefind\.[^/]*\.pf_meta$/.test(top);
}

/** The date an article page gives Pagefind's date sort (data-search-date, see attributes.ts), or null. */
export function pageDate(html: string): string | null {
  return html.match(/\sdata-search-date="(\d{4}-\d{2}-\d{2})"/)?.[1] ?? null;
}

/**
 * Marks around what an article page shows but Pagefind does not index: related articles and
 * previous/next links, which change when other articles change. A part's manifest hashes the
 * page without them, so such a change does not re-index the part. Article bodies cannot carry
 * HTML comments (rehype-sanitize drops them), so they cannot fake these marks.
 */
export const UNINDEXED_START = '<!--search:unindexed-->';
export const UNINDEXED_END = '<!--/search:unindexed-->';

/** The page without its unindexed stretches: what a part's manifest hashes. */
export function indexedContent(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = html.indexOf(UNINDEXED_START, from);
    if (start < 0) return out + html.slice(from);
    const end = html.indexOf(UNINDEXED_END, start);
    // An unclosed mark hides nothing: a page is never hashed as shorter than it may be.
    if (end < 0) return out + html.slice(from);
    out += html.slice(from, start);
    from = end + UNINDEXED_END.length;
  }
}
