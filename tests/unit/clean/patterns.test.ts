import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strip } from '../../../src/lib/clean/normalize.ts';
import { alternativesOf, isSpace } from '../../../src/lib/clean/patterns.ts';

describe('alternativesOf', () => {
  it('splits a source at its top-level bars only', () => {
    expect(alternativesOf('a|b(c|d)|[|]e|f\\|g')).toEqual(['a', 'b(c|d)', '[|]e', 'f\\|g']);
    expect(alternativesOf('^(?:x|y)$')).toEqual(['^(?:x|y)$']);
  });
  it('gives alternatives whose union matches what the source matches', () => {
    const source = '\\bshare (?:this|the) story\\b|^follow us$|©';
    const joined = new RegExp(alternativesOf(source).map((a) => `(?:${a})`).join('|'), 'i');
    for (const line of ['Share this story now', 'follow us', 'Text © 2024', 'a shared story', 'please follow us'])
      expect(joined.test(line)).toBe(new RegExp(source, 'i').test(line));
  });
});

describe('isSpace', () => {
  it('is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`differs at U+${c.toString(16)}`);
  });
});

/** strip as it was written with regexes, before the per-character fast paths. */
function stripByRegex(line: string): string {
  let s = line.trim();
  if (!s) return s;
  s = s.replace(/\s+/g, ' ');
  s = s.replace(/^(?:[*+•·o@#-]\s+|\(BUTTON\)\s*|\[\s?[xX*]?\s?\]\s*|\(\s?[*x]?\s?\)\s+)+/u, '').replace(/_{2,}/g, ' ').replace(/\(BUTTON\)/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

describe('strip', () => {
  it('equals the plain regex version on lines of spaces, tabs, bullets, buttons and fields', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\u00a0', '* ', '• ', '(BUTTON)', '[x] ', '__', '___', 'word', 'Mot', '.', '-', 'o ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => strip(parts.join('')) === stripByRegex(parts.join(''))), { numRuns: 2000 });
  });
});
