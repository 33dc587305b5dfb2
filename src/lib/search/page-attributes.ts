/**
 * Reads a built search page back, for the build's check that it merges every index part
 * (search-merge.ts). Kept apart from search-merge.ts, which the browser loads.
 */
import { parseHTML } from 'linkedom';

/** The attributes of the first <pagefind-config> in a built page, decoded; {} when there is none. */
export function pagefindConfigAttributes(html: string): Record<string, string> {
  const element = parseHTML(html).document.querySelector('pagefind-config');
  return Object.fromEntries([...(element?.attributes ?? [])].map((a) => [a.name.toLowerCase(), a.value]));
}
