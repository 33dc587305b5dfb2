import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowsFor } from '../../../src/lib/clean/classify.ts';
import { patternGates, safe, TextGate } from '../../../src/lib/clean/gates.ts';
import { strip } from '../../../src/lib/clean/normalize.ts';
import { withoutTrailingMarks } from '../../../src/lib/clean/patterns.ts';
import { boilerplateRules } from '../../../src/lib/rules/boilerplate.ts';
import { commentFormRules } from '../../../src/lib/rules/comment-forms.ts';

/** Every line of the text fixtures (the rows' golden fixtures among them), stripped as the classifier sees it. */
function fixtureLines(): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) for (const l of readFileSync(p, 'utf8').split('\n')) if (l.trim()) out.add(strip(l));
    }
  };
  walk(join(import.meta.dirname, '../../fixtures'));
  return [...out];
}

/** The lines, and variants that case-insensitive matching and lowercasing treat differently (capitals, ſ, Kelvin K, dotted İ, trailing marks). */
function variants(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    out.push(l, l.toUpperCase(), withoutTrailingMarks(l), l.replace(/s/g, 'ſ'), l.replace(/k/g, '\u212a'), l.replace(/i/g, 'İ'), l.replace(/e/g, 'É'), `${l}…`, `« ${l}`);
  }
  return out;
}

const lines = variants(fixtureLines());

/** The gate of `re` never turns away a text `re` matches. */
function missed(re: RegExp, texts: readonly string[]): string[] {
  const gate = new TextGate([re]);
  return texts.filter((t) => re.test(t) && !gate.test(t));
}

describe('gates derived from the rule tables', () => {
  it('never turn away a line a boilerplate row matches (each pattern as written and as the classifier joins them)', () => {
    const bad: string[] = [];
    for (const rule of boilerplateRules) for (const re of [...rule.lines, ...(rule.contains ?? [])]) for (const t of missed(re, lines)) bad.push(`${rule.id} /${re.source}/: ${t}`);
    for (const lang of ['en', 'es', undefined, 'de']) {
      const table = rowsFor(lang);
      for (const row of table.rows) for (const re of [...row.lines, ...row.contains]) for (const t of missed(re, lines)) bad.push(`${row.rule.id} joined: ${t}`);
      for (const re of [...table.anyLine, ...table.anyCookieLine]) for (const t of missed(re, lines)) bad.push(`${lang} combined: ${t}`);
      // The rows' own gates, as phraseRule asks them (with the line's lowercase, and without).
      for (const t of lines) {
        for (const row of table.rows) {
          if (row.lines.some((re) => re.test(t)) && !row.linesGate.test(t, t.toLowerCase())) bad.push(`${row.rule.id} linesGate (lower): ${t}`);
          if (row.lines.some((re) => re.test(t)) && !row.linesGate.test(t)) bad.push(`${row.rule.id} linesGate: ${t}`);
          if (row.contains.some((re) => re.test(t)) && !row.containsGate.test(t)) bad.push(`${row.rule.id} containsGate: ${t}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('never turn away a line a comment-form row matches', () => {
    const bad: string[] = [];
    for (const rule of commentFormRules) for (const re of [...rule.markers, ...rule.formLines]) for (const t of missed(re, lines)) bad.push(`${rule.id} /${re.source}/: ${t}`);
    expect(bad).toEqual([]);
  });

  it('do turn lines away: every row has a gate, and prose passes few of them', () => {
    const prose = 'The council met on Tuesday evening and agreed to repair the harbour wall before the winter storms.';
    for (const rule of boilerplateRules) {
      const gates = [...rule.lines, ...(rule.contains ?? [])].flatMap(patternGates);
      expect(gates.every((g) => g.prefixes || g.anywhere), rule.id).toBe(true);
    }
    expect(new TextGate(rowsFor('en').anyLine).test(prose)).toBe(false);
    expect(rowsFor('en').rows.filter((r) => r.linesGate.test(prose) || r.containsGate.test(prose)).map((r) => r.rule.id)).toEqual([]);
    expect(new TextGate([/^(?:share|tweet)(?: this)?[\s:]*$/i]).test('Tweet this:')).toBe(true);
    expect(new TextGate([/^(?:share|tweet)(?: this)?[\s:]*$/i]).test('Retweet this')).toBe(false);
    expect(new TextGate([/\ball rights reserved\b/i]).test('© Ledger. ALL RIGHTS RESERVED.')).toBe(true);
    expect(new TextGate([/\ball rights reserved\b/i]).test(prose)).toBe(false);
    // Nothing readable (a class of many letters, an optional start), or syntax the reader does not know: every line goes through.
    expect(new TextGate([/\w+ing$/i]).test(prose)).toBe(true);
    expect(new TextGate([/^(?:share|tweet)$/im]).test(prose)).toBe(true);
    expect(new TextGate([/[\p{L}--[a-z]]+ing/v]).test(prose)).toBe(true);
  });

  it('read only characters whose case-insensitive matches all lowercase alike (every BMP code unit)', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const bad: string[] = [];
    for (const flags of ['gi', 'giu']) {
      for (let u = 0; u < 0x2200; u++) {
        const l = String.fromCharCode(u);
        if (!safe(l, flags.includes('u'))) continue;
        const re = new RegExp(/[.*+?^${}()|[\]\\/]/.test(l) ? `\\${l}` : l, flags);
        for (const m of all.matchAll(re)) if (m[0].toLowerCase() !== l.toLowerCase()) bad.push(`${flags} ${l} ~ U+${m[0].charCodeAt(0).toString(16)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
