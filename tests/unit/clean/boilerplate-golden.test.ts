import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/lib/clean/classify';
import { boilerplateRules } from '../../../src/lib/rules/boilerplate';

const fixturesDir = fileURLToPath(new URL('../../fixtures/boilerplate/', import.meta.url));
const dirs = readdirSync(fixturesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const nonBlank = (text: string) => text.split('\n').filter((l) => l.trim());

describe('boilerplate rule table', () => {
  it('has unique ids of the form <kind>-<lang>', () => {
    const ids = boilerplateRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of boilerplateRules) expect(r.id).toBe(`${r.kind}-${r.lang === '*' ? 'any' : r.lang}`);
  });

  it('has a golden fixture folder for every row, and a row for every folder', () => {
    expect([...dirs].sort()).toEqual(boilerplateRules.map((r) => r.id).sort());
  });
});

describe.each(dirs)('golden fixture %s', (id) => {
  const rule = boilerplateRules.find((r) => r.id === id)!;
  const input = readFileSync(join(fixturesDir, id, 'input.txt'), 'utf8').replace(/\n$/, '').split('\n');
  const expected = readFileSync(join(fixturesDir, id, 'expected.txt'), 'utf8');
  const lang = rule.lang === '*' ? 'en' : rule.lang;

  it('keeps every article line and removes the boilerplate with this row', () => {
    const { decisions } = classifyBlocks(input, { lang, title: 'Not this title', scope: 'article' });
    expect(input.filter((l, i) => l.trim() && decisions[i]!.keep)).toEqual(nonBlank(expected));
    const removedBy = input.flatMap((l, i) => (l.trim() && !decisions[i]!.keep ? [decisions[i]!.rule] : []));
    expect(removedBy.length).toBeGreaterThan(0);
    expect(removedBy.every((r) => r === `boilerplate:${id}`)).toBe(true);
  });

  it('keeps the same lines in page scope (a whole-page scrape)', () => {
    const { decisions } = classifyBlocks(input, { lang, scope: 'page' });
    expect(input.filter((l, i) => l.trim() && decisions[i]!.keep)).toEqual(nonBlank(expected));
  });
});
