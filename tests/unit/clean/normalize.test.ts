import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECORATION_START, foldKey, key, KeyGate, keyByRegex, strip } from '../../../src/lib/clean/normalize.ts';

/** Every line of the project's text fixtures (articles, boilerplate and comment-form goldens). */
function fixtureLines(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) out.push(...readFileSync(p, 'utf8').split('\n'));
    }
  };
  walk(join(import.meta.dirname, '../../fixtures'));
  return out;
}

/** Seeded strings over an alphabet of the cases keys care about: cases, digits of other scripts, marks, sigma, dotted I, spacing, pairs. */
function tricky(count: number, seed = 7): string[] {
  const alphabet = ['a', 'B', 'o', '0', '7', ' ', ' ', '  ', '-', '.', '*', '__', '(BUTTON)', 'é', 'Ñ', '١', '²', 'Ⅻ', 'İ', 'ß', '\u0301', '’', "'", '\t', '\u00a0', '中', 'ǅ', 'Σ', 'ς', 'σ', 'ﬁ', '½', '𝟏', '😀', '𐐀'];
  let s = seed;
  const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(rnd() * 10) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
}

describe('foldKey', () => {
  it('equals the regular-expression definition for every code unit, alone and between words', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `1 ${ch} x`, `${ch}${ch} Q`]) {
        const lower = text.toLowerCase();
        const fast = foldKey(lower);
        if (fast !== undefined && fast !== keyByRegex(lower)) bad.push(text);
      }
    }
    expect(bad).toEqual([]);
  });
  it('equals it on fixture lines and seeded tricky strings, and gives way to it for surrogate pairs', () => {
    for (const text of [...fixtureLines(), ...tricky(20_000)]) {
      const lower = strip(text).toLowerCase();
      const fast = foldKey(lower);
      if (fast === undefined) expect(lower).toMatch(/[\ud800-\udfff]/);
      else expect(fast, JSON.stringify(text)).toBe(keyByRegex(lower));
    }
    expect(key('Share (12) — 3 Comments!')).toBe('share 00 0 comments');
    expect(key('* Lea también: 𝟏 nota')).toBe('lea también 0 nota');
  });
});

describe('KeyGate', () => {
  it('never turns away a line whose key is in its set (fixture lines, tricky strings)', () => {
    const lines = [...fixtureLines(), ...tricky(20_000, 11)];
    const missed = lines.filter((l) => key(l) && !new KeyGate([key(l)]).mayHold(l.toLowerCase()));
    expect(missed).toEqual([]);
    // Many keys at once: each line is let through by the gate of every key.
    const keys = [...new Set(lines.map(key).filter(Boolean))];
    const gate = new KeyGate(keys);
    expect(lines.filter((l) => keys.includes(key(l)) && !gate.mayHold(l.toLowerCase()))).toEqual([]);
  });
  it('turns away lines without any chosen word, and lets everything through for a key with none', () => {
    const gate = new KeyGate(['leave a reply', 'post comment', 'suscríbete al boletín']);
    expect(gate.mayHold('leave it for later.')).toBe(true); // "leave" stands in it: the key is made and looked up
    expect(gate.mayHold('a quiet morning at the harbour.')).toBe(false);
    expect(gate.mayHold('¡suscríbete al boletín!')).toBe(true);
    expect(new KeyGate(['0 0']).mayHold('anything')).toBe(true);
    expect(new KeyGate(['σας']).mayHold('anything')).toBe(true);
  });
  it('relies on a line that strip leaves as it is having a key at least as long as its letters', () => {
    const letter = /^\p{L}$/u;
    const short: string[] = [];
    for (const l of [...fixtureLines(), ...tricky(20_000, 13)]) {
      if (strip(l) !== l || DECORATION_START.test(l)) continue;
      let letters = 0;
      for (const ch of l) if (ch.length === 1 && letter.test(ch)) letters++;
      if (key(l).length < letters) short.push(l);
    }
    expect(short).toEqual([]);
  });
  it('relies on lowercasing keeping letters and numbers (and nothing else) as such, for every code point', () => {
    const word = /[\p{L}\p{N}]/u;
    const bad: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (word.test(ch) !== word.test(ch.toLowerCase())) bad.push(cp);
    }
    expect(bad).toEqual([]);
  });
});
