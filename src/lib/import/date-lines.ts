/**
 * Date lines inside an extracted article ("Updated 1:39 am EST, Wednesday, November 20, 2019",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019", "sexta-feira, 22 de outubro de 2010 às 20:13"): the
 * frontmatter carries the date, so a block that says nothing else goes, as the byline markup
 * does. A block is a date line when, once its date words are taken out, nothing but digits,
 * separators and time-zone letters is left, and it holds a year or a time and at least two numbers.
 * Only paragraphs are tested, never headings or list items. Month and weekday
 * names come from Intl for each language of LOCALES (and the page's own), so a language is one
 * more entry there; the label words are the table below.
 */

/** Languages whose month and weekday names are known to the rule. */
const LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'nl'];

/** Words that label a date line, per language. */
const LABELS: Record<string, string[]> = {
  en: ['published', 'first published', 'updated', 'last updated', 'posted', 'modified', 'date', 'on', 'at', 'and', 'last', 'first'],
  es: ['publicado', 'actualizado', 'fecha', 'el', 'a', 'las', 'de', 'del', 'y'],
  pt: ['publicado', 'atualizado', 'em', 'às', 'as', 'de', 'do'],
  fr: ['publié', 'mis', 'à', 'jour', 'le', 'modifié', 'et'],
  de: ['veröffentlicht', 'aktualisiert', 'am', 'um', 'uhr', 'stand', 'zuletzt'],
  it: ['pubblicato', 'aggiornato', 'il', 'alle', 'ore'],
  nl: ['gepubliceerd', 'bijgewerkt', 'op', 'om'],
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function namesOf(locale: string): string[] {
  const names: string[] = [];
  try {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) names.push(f.format(Date.UTC(2021, m, 15)));
    }
    for (const weekday of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) names.push(f.format(Date.UTC(2021, 1, d + 1)));
    }
  } catch {
    return [];
  }
  return names;
}

const cache = new Map<string, Set<string>>();

/** Every date word of the languages, folded, with and without a trailing dot. */
function dateWords(lang: string | undefined): Set<string> {
  const key = lang ?? '';
  let words = cache.get(key);
  if (words) return words;
  words = new Set<string>();
  const locales = lang ? [...LOCALES, lang.split('-')[0]!] : LOCALES;
  for (const locale of locales) {
    for (const name of namesOf(locale)) for (const part of fold(name).split(/[\s.-]+/)) if (part) words.add(part);
    for (const label of LABELS[locale] ?? []) for (const part of fold(label).split(/\s+/)) words.add(part);
  }
  // Common abbreviations Intl does not give: Sept., Tues., Thurs.
  for (const extra of ['sept', 'tues', 'thur', 'thurs', 'weds']) words.add(extra);
  cache.set(key, words);
  return words;
}

const TIME = /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\b/;
const YEAR = /\b(19|20)\d{2}\b/;
/** am/pm, time zones (EST, CEST, UTC), ordinal suffixes: letters a date line may keep. */
const LEFTOVER = /^(?:a\.?m\.?|p\.?m\.?|[a-z]{1,2}t|[a-z]{2}st|[a-z]{2}dt|utc|gmt|z|h|hrs|st|nd|rd|th|º|ª)$/i;

export function isDateLine(text: string, lang?: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 120 || !(YEAR.test(trimmed) || TIME.test(trimmed))) return false;
  // A day and a year, or a time and something more: "May 2019" or "2019" alone may be a heading's.
  if ((trimmed.match(/\d+/g) ?? []).length < 2) return false;
  const words = dateWords(lang);
  const tokens = fold(trimmed).match(/\p{L}+\.?/gu) ?? [];
  return tokens.every((t) => words.has(t.replace(/\.$/, '')) || LEFTOVER.test(t));
}
