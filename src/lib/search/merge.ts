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
