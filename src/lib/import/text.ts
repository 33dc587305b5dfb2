/**
 * Text as the page meant it. Saved pages carry characters a reader never sees — soft hyphens
 * (U+00AD, `&shy;`), zero-width spaces and joiners, a stray BOM — and values that were escaped
 * twice, so that after parsing they still read `AT&amp;T` or `it&#8217;s` (common in JSON-LD
 * and meta tags written by templates). Both are undone here, with the `entities` package's
 * strict decoder (only complete `&name;` and `&#n;` references), once.
 */
import { decodeHTMLStrict } from 'entities';

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible, and they split words. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Removes invisible characters and decodes one leftover level of character references. */
export function unescapeText(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  return ENTITY.test(visible) ? decodeHTMLStrict(visible).replace(INVISIBLE, '') : visible;
}

/** Collapses runs of whitespace; scraped values carry newlines and non-breaking spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A metadata value (title, author, description) as a reader should see it, on one line. */
export const cleanText = (text: string) => squash(unescapeText(text));
