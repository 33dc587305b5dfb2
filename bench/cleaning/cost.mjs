#!/usr/bin/env node
// `node bench/cleaning/cost.mjs [--rounds N] [--json]`:
// What cleaning costs next to a whole parse, on the pipeline benchmark's generated corpus (200
// articles, seed 42, the same as bench/pipeline.bench.ts): the mean time of parseArticle for a
// scraped dump and for a Markdown article, and of classifyBlocks alone on the same dumps' bodies.
// Each figure is the median of N rounds; wall and CPU time (process.cpuUsage) are both given,
// because the machine is shared and wall time alone overstates a busy round.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { registerTypeScript } from '../../scripts/lib/ts-hooks.mjs';
import { generateCorpus } from '../generate.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds);
registerTypeScript();
const { parseArticle } = await import('../../src/lib/content/article.ts');
const { parseDumpHeader } = await import('../../src/lib/content/dump.ts');
const { classifyBlocks } = await import('../../src/lib/clean/classify.ts');

const dir = mkdtempSync(join(tmpdir(), 'cleaning-cost-'));
const { entries } = generateCorpus({ count: 200, seed: 42, outDir: dir });
const files = entries.map((e) => ({ name: e.file, kind: e.kind, bytes: readFileSync(join(dir, e.file)) }));
rmSync(dir, { recursive: true, force: true });
const dumps = files.filter((f) => f.kind === 'dump');
const markdown = files.filter((f) => f.kind === 'markdown');
const bodies = dumps.map((f) => {
  const header = parseDumpHeader(f.bytes.toString('utf8'));
  return { title: header.title, lines: header.body.split('\n') };
});

const parse = (f) => {
  const r = parseArticle(f.name, f.bytes, { siteLang: 'en' });
  if (!r.ok) throw new Error(`${f.name}: ${r.problems.map((p) => p.message).join('; ')}`);
};
const clean = (b) => {
  if (!classifyBlocks(b.lines, { title: b.title, scope: 'page' }).decisions.length) throw new Error('no decisions');
};

/** Mean wall and CPU ms per item over `passes` passes of `list`. */
function time(list, fn, passes) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const x of list) fn(x);
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const n = list.length * passes;
  return { wall: wall / n, cpu: (cpu.user + cpu.system) / 1000 / n };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = { dumpParse: [dumps, parse, 5], markdownParse: [markdown, parse, 5], classify: [bodies, clean, 5] };
for (const [list, fn] of Object.values(cases)) time(list, fn, 2); // warm-up
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { wall: [], cpu: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [k, [list, fn, passes]] of Object.entries(cases)) {
    const t = time(list, fn, passes);
    samples[k].wall.push(t.wall);
    samples[k].cpu.push(t.cpu);
  }
}
const result = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, { wall: median(s.wall), cpu: median(s.cpu) }]));
const pct = (a, b) => `${((a / b) * 100).toFixed(0)} %`;
if (values.json) console.log(JSON.stringify(result));
else {
  const f = (x) => `${x.wall.toFixed(3)} ms wall, ${x.cpu.toFixed(3)} ms CPU`;
  console.log(`corpus: ${dumps.length} dumps, ${markdown.length} Markdown articles (bench/generate.mjs, seed 42); median of ${rounds} rounds`);
  console.log(`parseArticle, a dump:             ${f(result.dumpParse)}`);
  console.log(`parseArticle, a Markdown article: ${f(result.markdownParse)}`);
  console.log(`classifyBlocks alone, a dump:     ${f(result.classify)}`);
  console.log(`cleaning / dump parse: ${pct(result.classify.cpu, result.dumpParse.cpu)} (CPU), ${pct(result.classify.wall, result.dumpParse.wall)} (wall)`);
  console.log(`cleaning / Markdown article parse: ${pct(result.classify.cpu, result.markdownParse.cpu)} (CPU), ${pct(result.classify.wall, result.markdownParse.wall)} (wall)`);
}
