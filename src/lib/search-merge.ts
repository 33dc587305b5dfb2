/**
 * How the search page tells Pagefind's Component UI which index parts to merge: a JSON list
 * of bundle URLs in data-merge-bundles on <pagefind-config>, turned into `mergeIndex` by the
 * page's script. The build reads the attribute back to check it names every written part.
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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Undoes the escaping Astro applies to attribute values (named and numeric references). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    return String.fromCodePoint(/x/i.test(ref[1]!) ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

/** The attributes of the first <pagefind-config> in a built page, decoded; {} when there is none. */
export function pagefindConfigAttributes(html: string): Record<string, string> {
  const tag = html.match(/<pagefind-config\b([^>]*)>/)?.[1] ?? '';
  const attrs: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[name!.toLowerCase()] = decodeAttribute(value ?? '');
  return attrs;
}
