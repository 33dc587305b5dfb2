/**
 * Stop-word lists (from the `stopword` package, not typed by hand) and the two things the
 * classifier needs from them: which list fits a text best, and how dense a line is in it.
 * jusText's observation: article prose is full of function words, menus and labels are not.
 * The classifier reads them through word-scan.ts (one pass per line, no string per word); the
 * string functions here are the definition it must equal.
 */
import * as stopword from 'stopword';
import { endsSentence } from './patterns.ts';

/** BCP 47 primary subtag → the package's ISO 639-3 key, for the languages it carries. */
const KEYS: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu', el: 'ell', en: 'eng',
  eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', he: 'heb',
  hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye', id: 'ind', it: 'ita', ko: 'kor', la: 'lat', lt: 'lit', lv: 'lav',
  ms: 'msa', nb: 'nob', nl: 'nld', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', sv: 'swe',
  sw: 'swa', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', zu: 'zul',
};

const lists = new Map<string, ReadonlySet<string>>();
const source = ((stopword as unknown as { default?: unknown }).default ?? stopword) as Record<string, unknown>;
for (const [lang, key] of Object.entries(KEYS)) {
  const words = source[key];
  if (Array.isArray(words)) lists.set(lang, new Set(words.map((w: string) => w.toLowerCase())));
}

/** Which word belongs to which lists (as indices into `langs`): one lookup per token when guessing. */
export const langs = [...lists.keys()];
export const owners = new Map<string, Uint8Array>();
{
  const building = new Map<string, number[]>();
  langs.forEach((lang, index) => {
    for (const w of lists.get(lang)!) {
      const list = building.get(w);
      if (list) list.push(index);
      else building.set(w, [index]);
    }
  });
  for (const [w, list] of building) owners.set(w, Uint8Array.from(list));
}
/**
 * How many words a guess looks at, and which: those of prose lines first (at least
 * GUESS_LINE_CHARS characters, ending like a sentence; each distinct line once, as a scrape may
 * repeat a caption), then those of the other lines, each group in reading order (guessSample).
 * Prose tells its language better than the menus, labels, tag lists and logos that open a
 * whole-page scrape. Chosen on the article-extraction set, against the `<html lang>` of the 147
 * pages that state one: the first 300 words of a dump agreed on 133, 100 words taken this way on
 * 139 (the 8 others are in Korean or Japanese, which have no list, or their attribute names
 * another language than their text), reading about a third as many characters (bench/RESULTS.md,
 * session 12).
 */
export const GUESS_WORDS = 100;
export const GUESS_LINE_CHARS = 80;

/** A line the guess reads first (its text already stripped). */
export function isGuessProse(line: string): boolean {
  return line.length >= GUESS_LINE_CHARS && endsSentence(line);
}

export const WORD = /[\p{L}\p{N}_'’]+/gu;

/** The same words for a line of ASCII alone (most lines of English dumps), without Unicode matching. */
const ASCII_WORD = /[a-z0-9_']+/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  return (NON_ASCII.test(lower) ? lower.match(WORD) : lower.match(ASCII_WORD)) ?? [];
}

/** The words a guess reads from a text's lines (already stripped): see GUESS_WORDS. */
export function guessSample(lines: readonly string[]): string[] {
  const sample = [...new Set(lines.filter(isGuessProse))].flatMap(words);
  if (sample.length < GUESS_WORDS) sample.push(...lines.filter((l) => !isGuessProse(l)).flatMap(words));
  return sample.slice(0, GUESS_WORDS);
}

/**
 * The language whose stop words cover the most of `sample` (first GUESS_WORDS words), or `fallback`
 * when no list covers at least 8 % of it (another script, or too little text).
 */
export function guessStopwordLang(sample: readonly string[], fallback?: string): string | undefined {
  // Counts in a typed array indexed like `langs`: this runs once per dump, over every word's lists.
  const counts = new Int32Array(langs.length);
  const n = Math.min(sample.length, GUESS_WORDS);
  for (let i = 0; i < n; i++) {
    const of = owners.get(sample[i]!);
    if (of) for (let k = 0; k < of.length; k++) counts[of[k]!]!++;
  }
  return bestLang(counts, n, fallback);
}

/** The language with the most of `n` words in `counts` (indexed like `langs`), as guessStopwordLang decides. */
export function bestLang(counts: Int32Array, n: number, fallback: string | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  // Ties go to the earlier list (the order of KEYS), or to the fallback.
  for (let k = 0; k < langs.length; k++) {
    const c = counts[k]!;
    if (c > bestCount || (c === bestCount && c > 0 && langs[k] === fallback)) [best, bestCount] = [langs[k], c];
  }
  return best && bestCount >= n * 0.08 ? best : fallback;
}

/** Index of a language in `langs` (as stopwordsFor reads the tag), or -1 without a list. */
export function langIndex(lang: string | undefined): number {
  return lang ? langs.indexOf(lang.toLowerCase().split(/[-_]/)[0]!) : -1;
}

export function stopwordsFor(lang: string | undefined): ReadonlySet<string> | undefined {
  return lang ? lists.get(lang.toLowerCase().split(/[-_]/)[0]!) : undefined;
}

export function stopwordDensity(lineWords: readonly string[], stop: ReadonlySet<string> | undefined): number {
  if (!stop || !lineWords.length) return 0;
  let hits = 0;
  for (const w of lineWords) if (stop.has(w)) hits++;
  return hits / lineWords.length;
}
