/**
 * Stop-word lists (from the `stopword` package, not typed by hand) and the two things the
 * classifier needs from them: which list fits a text best, and how dense a line is in it.
 * jusText's observation: article prose is full of function words, menus and labels are not.
 */
import * as stopword from 'stopword';

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

/** Which word belongs to which lists: one lookup per token when guessing the language. */
const owners = new Map<string, string[]>();
for (const [lang, set] of lists) for (const w of set) owners.set(w, [...(owners.get(w) ?? []), lang]);

export const WORD = /[\p{L}\p{N}_'’]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The language whose stop words cover the most of `sample` (first 600 words), or `fallback`
 * when no list covers at least 8 % of it (another script, or too little text).
 */
export function guessStopwordLang(sample: readonly string[], fallback?: string): string | undefined {
  const counts = new Map<string, number>();
  const n = Math.min(sample.length, 600);
  for (let i = 0; i < n; i++) for (const lang of owners.get(sample[i]!) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [lang, c] of counts) if (c > bestCount || (c === bestCount && lang === fallback)) [best, bestCount] = [lang, c];
  return best && bestCount >= n * 0.08 ? best : fallback;
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
