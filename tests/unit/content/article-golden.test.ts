/**
 * Golden fixtures: each folder under tests/fixtures/articles holds one input file and the
 * entry (expected.json) and body HTML (expected.html) it must become. Expected files are
 * written and read by hand; a failing case means behaviour changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/article.ts';

const root = path.resolve('tests/fixtures/articles');
const cases = readdirSync(root).map((name) => {
  const dir = path.join(root, name);
  const input = readdirSync(dir).find((f) => !f.startsWith('expected'))!;
  return { name, dir, input };
});

describe.each(cases)('$name', ({ dir, input }) => {
  const result = parseArticle(input, readFileSync(path.join(dir, input)), { siteLang: 'en' });

  it('parses without problems or warnings', () => {
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it('gives the expected entry', () => {
    expect(result.ok && result.article).toEqual(JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')));
  });

  it('gives the expected HTML', () => {
    expect(result.ok && `${result.html}\n`).toBe(readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  });
});
