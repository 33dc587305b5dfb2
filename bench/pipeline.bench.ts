// The article pipeline alone (decode, frontmatter or dump header, clean, sanitize, render),
// without Astro. Each iteration parses the next article of a generated corpus, so the
// reported hz is articles per second.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { classifyBlocks } from '../src/lib/clean/classify.ts';
import { parseArticle } from '../src/lib/content/article.ts';
import { parseDumpHeader } from '../src/lib/content/dump.ts';
import { generateCorpus } from './generate.mjs';

const COUNT = 200;
const dir = mkdtempSync(join(tmpdir(), 'pipeline-bench-'));
const { entries } = generateCorpus({ count: COUNT, seed: 42, outDir: dir });
const files = entries.map((e) => ({ name: e.file, kind: e.kind, bytes: readFileSync(join(dir, e.file)) }));
rmSync(dir, { recursive: true, force: true });

/** Round-robin over `list`; throws if an article fails, so a broken pipeline cannot look fast. */
function cycle(list: typeof files) {
  let i = 0;
  return () => {
    const f = list[i++ % list.length]!;
    const result = parseArticle(f.name, f.bytes, { siteLang: 'en' });
    if (!result.ok) throw new Error(`${f.name}: ${result.problems.map((p) => p.message).join('; ')}`);
  };
}

/** The dumps' bodies as the cleaner sees them, to weigh cleaning against a whole parse. */
const dumpBodies = files
  .filter((f) => f.kind === 'dump')
  .map((f) => {
    const header = parseDumpHeader(f.bytes.toString('utf8'))!;
    return { title: header.title, lines: header.body.split('\n') };
  });

describe(`parseArticle over ${COUNT} generated articles (hz = articles/s)`, () => {
  bench('all articles', cycle(files), { time: 3000, warmupTime: 500 });
  bench('frontmatter Markdown only', cycle(files.filter((f) => f.kind === 'markdown')), { time: 2000, warmupTime: 300 });
  bench('scraped dumps only', cycle(files.filter((f) => f.kind === 'dump')), { time: 2000, warmupTime: 300 });
});

describe('cleaning alone, over the same dumps (hz = dumps/s; compare with "scraped dumps only")', () => {
  let i = 0;
  bench('classifyBlocks', () => {
    const d = dumpBodies[i++ % dumpBodies.length]!;
    if (!classifyBlocks(d.lines, { title: d.title, scope: 'page' }).decisions.length) throw new Error('no decisions');
  }, { time: 2000, warmupTime: 300 });
});
