import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strip } from '../../../src/lib/clean/normalize.ts';
import { GUESS_WORDS, guessStopwordLang, langIndex, stopwordDensity, stopwordsFor, words } from '../../../src/lib/clean/stopwords.ts';
import { WordScan } from '../../../src/lib/clean/word-scan.ts';

/** Letters as classify.ts counts them: ASCII by range, the rest by \p{L} / \p{Lu} per code unit. */
function lettersByRegex(s: string) {
  let lower = 0;
  let upper = 0;
  for (const ch of s.split('')) {
    if (/\p{Lu}/u.test(ch)) upper++;
    else if (/\p{L}/u.test(ch)) lower++;
  }
  return { lower, upper };
}

/** Pieces that hit every branch of the scanner: spacing strip() folds, decorations, fields, capitals, accents, apostrophes, astral letters, lone surrogates, stop words of several lists. */
const piece = fc.constantFrom(
  ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '* ', 'o ', '(BUTTON)', '__', '_', "'", '’', '-', '.', ',', '1.2K', '©',
  'the', 'The', 'THE', 'and', 'of', 'de', 'la', 'que', 'Él', 'está', 'niño', 'ÜBER', 'und', 'der', 'le', 'était',
  'İstanbul', 'ΣΟΦΙΑ', 'σοφία', 'ΌΣΟΣ', 'Kelvin\u212a', 'ÑANDÚ', '“', '—', 'Ⅻ', 'Ⓐ', 'ﬁne', '𝐀bc', '\ud83d\ude00', '\ud800', 'x', 'Word', 'don’t', "it's", 'café', '数字',
);
const all = (n: number) => Array.from({ length: n }, (_, i) => i);
const line = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('WordScan', () => {
  it('strips as strip() does and reads the words, letters and stop-word densities the string functions give', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('en', 'es', 'de', 'fr', 'el', 'tr', 'zz'), (lines, lang) => {
        const scan = new WordScan(lines.length);
        lines.forEach((raw, i) => {
          const s = scan.take(i, raw);
          expect(s).toBe(strip(raw));
          const ws = words(s);
          expect(scan.count(i)).toBe(ws.length);
          expect(scan.density(i, langIndex(lang))).toBe(stopwordDensity(ws, stopwordsFor(lang)));
          const letters = scan.letters(i);
          if (letters) expect(letters).toEqual(lettersByRegex(s));
        });
        expect(scan.guess(all(lines.length))).toBe(guessStopwordLang(lines.flatMap((l) => words(strip(l)))));
      }),
      { numRuns: 3000 },
    );
  });

  it('strips only, as strip() does, and tells whether an unchanged line has more letters than asked', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const scan = new WordScan(lines.length);
        lines.forEach((raw, i) => {
          const s = scan.stripOnly(i, raw);
          expect(s).toBe(strip(raw));
          const full = new WordScan(1);
          full.take(0, raw);
          const letters = full.letterCount(0);
          // -1: strip changed the line, and nothing is known of its letters.
          for (const max of [0, 1, 3, 8, 20]) expect(scan.lettersAtMost(i, s, max)).toBe(letters < 0 || letters <= max);
          expect(() => scan.count(i)).toThrow(/stripped only/);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('guesses from the first GUESS_WORDS words of the lines it is given, in their order, as guessStopwordLang does', () => {
    const lines = ['Hello world '.repeat(GUESS_WORDS / 2), 'el la de que y en los del se las por un para con '.repeat(40)];
    const scan = new WordScan(lines.length);
    lines.forEach((l, i) => scan.take(i, l));
    const expected = guessStopwordLang(lines.flatMap((l) => words(strip(l))));
    expect(scan.guess([0, 1])).toBe(expected);
    expect(expected).toBeUndefined();
    expect(scan.guess([1, 0])).toBe('es');
  });

  it('reads a text the same after reset as a fresh scan does, whatever it read before', () => {
    const first = ['A much longer first text, with many more lines than the second one has.', ...Array.from({ length: 40 }, (_, i) => `line ${i} of the menu`)];
    const second = ['El pleno aprobó la obra del puente.', '* Inicio', 'the end'];
    const reused = new WordScan(0);
    reused.reset(first.length);
    first.forEach((l, i) => reused.take(i, l));
    reused.reset(second.length);
    const fresh = new WordScan(second.length);
    second.forEach((l, i) => expect(reused.take(i, l)).toBe(fresh.take(i, l)));
    for (let i = 0; i < second.length; i++) {
      expect(reused.count(i)).toBe(fresh.count(i));
      expect(reused.letters(i)).toEqual(fresh.letters(i));
      expect(reused.density(i, langIndex('es'))).toBe(fresh.density(i, langIndex('es')));
    }
    expect(reused.guess(all(second.length))).toBe(fresh.guess(all(second.length)));
  });

  it('reads lines for one language alone after only(), with the densities the string functions give', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 6 }), fc.constantFrom('en', 'es', 'de', 'el', 'zz'), (before, after, lang) => {
        const scan = new WordScan(0).reset(before.length + after.length);
        before.forEach((raw, i) => scan.take(i, raw));
        scan.only(langIndex(lang));
        after.forEach((raw, j) => {
          const i = before.length + j;
          const s = scan.take(i, raw);
          expect(s).toBe(strip(raw));
          expect(scan.count(i)).toBe(words(s).length);
          expect(scan.density(i, langIndex(lang))).toBe(stopwordDensity(words(s), stopwordsFor(lang)));
        });
        before.forEach((raw, i) => expect(scan.count(i)).toBe(words(strip(raw)).length));
        expect(scan.guess(all(before.length))).toBe(guessStopwordLang(before.flatMap((l) => words(strip(l)))));
      }),
      { numRuns: 1000 },
    );
  });
});
