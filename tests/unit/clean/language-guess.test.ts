import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/lib/clean/classify.ts';
import { strip } from '../../../src/lib/clean/normalize.ts';
import { GUESS_LINE_CHARS, GUESS_WORDS, guessSample, guessStopwordLang, words } from '../../../src/lib/clean/stopwords.ts';

const english = 'The council said that it would not be able to open the new bridge before the end of the year, and that the work was late.';
const spanish = 'El ayuntamiento dijo que no podrá abrir el nuevo puente antes de que termine el año, y que las obras van con retraso.';
const german = 'Der Rat sagte, dass er die neue Brücke nicht vor dem Ende des Jahres öffnen könne und dass die Arbeiten sich verzögert haben.';

/** `count` distinct prose lines of one language, enough for a guess (each ends like a sentence). */
const paragraphs = (sentence: string, count = Math.ceil(GUESS_WORDS / 20)) => Array.from({ length: count }, (_, i) => `${i + 1}. ${sentence}`);

describe('the language guess', () => {
  it('reads prose lines before menus and labels', () => {
    // A whole-page scrape opening with a long English menu: its short lines come after the prose.
    const menu = Array.from({ length: 40 }, (_, i) => `* Home of the section number ${i} and more`);
    const prose = paragraphs(spanish);
    expect(classifyBlocks([...menu, ...prose], { scope: 'page' }).lang).toBe('es');
  });

  it('reads at most GUESS_WORDS words, prose first', () => {
    const prose = paragraphs(german);
    expect(prose.every((l) => l.length >= GUESS_LINE_CHARS)).toBe(true);
    expect(guessSample([...prose, english, spanish])).toHaveLength(GUESS_WORDS);
    expect(classifyBlocks([...prose, ...paragraphs(english, 8)], { scope: 'article' }).lang).toBe('de');
  });

  it('reads a repeated prose line once (a scrape repeats captions)', () => {
    const caption = 'Der Bürgermeister und die Räte auf der Brücke, am Dienstag, bei der Eröffnung der neuen Strecke.';
    const repeated = Array.from({ length: 12 }, () => caption);
    const prose = paragraphs(english);
    expect(guessSample([...repeated, ...prose]).filter((w) => w === 'bürgermeister')).toHaveLength(1);
    expect(classifyBlocks([...repeated, ...prose], { scope: 'page' }).lang).toBe('en');
    // Read twelve times, the caption would outweigh the English prose.
    expect(guessStopwordLang([...repeated, ...prose].flatMap(words).slice(0, GUESS_WORDS))).not.toBe('en');
  });

  it('falls back on the short lines when the prose holds too few words', () => {
    const short = ['El pleno de hoy', 'y la obra del puente', 'que se abre en mayo', 'con los vecinos de la zona'];
    expect(classifyBlocks(short, { scope: 'article' }).lang).toBe('es');
  });

  it('tells the language guessStopwordLang(guessSample(…)) tells, in either scope', () => {
    const piece = fc.constantFrom(english, english, spanish, german, english.slice(0, 60), spanish.slice(0, 40), '* Home', 'Share', '', '   ' + german, 'Menu  |  News', german.slice(0, 85) + '  x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom<'page' | 'article'>('page', 'article'), (lines, scope) => {
        expect(classifyBlocks(lines, { scope }).lang).toBe(guessStopwordLang(guessSample(lines.map(strip))));
      }),
      { numRuns: 500 },
    );
  });
});
