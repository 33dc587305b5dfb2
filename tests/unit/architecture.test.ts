/**
 * The house rules of src/lib: wings follow the data, and no import runs back up a floor.
 * Read from the source files themselves, so a new module that breaks a rule fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve('src/lib');

/** Which wings each wing may import (besides itself and the root config). */
const MAY_IMPORT: Record<string, string[]> = {
  rules: [],
  clean: ['rules'],
  markdown: ['rules', 'clean'],
  content: ['rules', 'clean', 'markdown'],
  build: ['rules', 'clean', 'markdown', 'content'],
  site: ['rules', 'content'],
  search: ['content', 'site'],
  import: ['rules', 'clean', 'markdown', 'content'],
};

/** Modules the search page's browser script loads: nothing in them may pull Node. */
const BROWSER_MODULES = ['search/merge.ts', 'search/query.ts', 'search/lazy-filters.ts', 'search/tiers.ts', 'search/seek.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

function specifiers(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The wing a file of src/lib belongs to, or '' for a module at the root. */
function wingOf(file: string): string {
  const rel = path.relative(LIB, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : '';
}

const files = sourceFiles(LIB);

describe('src/lib layout', () => {
  it('keeps at most three modules at the root, the rest in known wings', () => {
    const root = files.filter((f) => wingOf(f) === '');
    expect(root.length).toBeLessThanOrEqual(3);
    expect([...new Set(files.map(wingOf).filter(Boolean))].filter((w) => !(w in MAY_IMPORT))).toEqual([]);
  });

  it('imports no wing from a lower floor', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = wingOf(file);
      for (const spec of specifiers(file).filter((s) => s.startsWith('.'))) {
        const to = wingOf(path.resolve(path.dirname(file), spec));
        if (to === from) continue;
        const allowed = to === '' ? from !== '' : (MAY_IMPORT[from] ?? []).includes(to);
        if (!allowed) wrong.push(`${path.relative(LIB, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the browser-side search modules free of Node and of other wings', () => {
    for (const rel of BROWSER_MODULES) {
      const specs = specifiers(path.join(LIB, rel));
      expect(specs.filter((s) => s.startsWith('node:') || !s.startsWith('./')), rel).toEqual([]);
    }
  });
});
