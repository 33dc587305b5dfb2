// The article pipeline alone (decode, frontmatter or dump header, clean, sanitize, render),
// without Astro, and what cleaning costs inside it. Vitest 5 runs benchmarks inside tests: a test
// takes `bench` from its context and `bench.compare()` runs the registrations (tinybench, wall
// time) and prints their table. Each iteration parses the next article of a generated corpus, so
// hz is articles per second. After the table the test measures CPU time (process.cpuUsage, which
// moves far less than wall time on the shared machine) for a dump's parse, a Markdown article's
// parse and classifyBlocks alone on the same dumps, and prints cleaning's share of each.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { test } from 'vitest';
import { classifyBlocks } from '../src/lib/clean/classify.ts';
import { parseArticle } from '../src/lib/content/article.ts';
import { parseDumpHeader } from '../src/lib/content/dump.ts';
import { generateCorpus } from './generate.mjs';

const COUNT = 200;
const dir = mkdtempSync(join(tmpdir(), 'pipeline-bench-'));
const { entries } = generateCorpus({ count: COUNT, seed: 42, outDir: dir });
type File = { name: string; kind: string; bytes: Buffer };
const files: File[] = entries.map((e: { file: string; kind: string }) => ({ name: e.file, kind: e.kind, bytes: readFileSync(join(dir, e.file)) }));
rmSync(dir, { recursive: true, force: true });
const dumps = files.filter((f) => f.kind === 'dump');
const markdown = files.filter((f) => f.kind === 'markdown');

/** The dumps' bodies as the cleaner sees them (as content/article.ts hands them over). */
const dumpBodies = dumps.map((f) => {
  const header = parseDumpHeader(f.bytes.toString('utf8'))!;
  return { title: header.title, lines: header.body.split('\n') };
});

/** Throws if an article fails, so a broken pipeline cannot look fast. */
function parse(f: File) {
  const result = parseArticle(f.name, f.bytes, { siteLang: 'en' });
  if (!result.ok) throw new Error(`${f.name}: ${result.problems.map((p) => p.message).join('; ')}`);
}
function clean(d: (typeof dumpBodies)[number]) {
  if (!classifyBlocks(d.lines, { title: d.title, scope: 'page' }).decisions.length) throw new Error('no decisions');
}
/** Round-robin over `list`: one call of the result handles the next item. */
function cycle<T>(list: readonly T[], fn: (x: T) => void) {
  let i = 0;
  return () => fn(list[i++ % list.length]!);
}

test(`parseArticle over ${COUNT} generated articles, and cleaning alone on the same dumps (hz = items/s)`, async ({ bench }) => {
  await bench.compare(
    bench('all articles', cycle(files, parse)),
    bench('frontmatter Markdown only', cycle(markdown, parse)),
    bench('scraped dumps only', cycle(dumps, parse)),
    bench('classifyBlocks alone, same dumps', cycle(dumpBodies, clean)),
    { time: 2000, warmupTime: 300 },
  );
}, 120_000);

/** Mean wall and CPU µs per item over `passes` passes of `list`. */
function timePerItem<T>(list: readonly T[], fn: (x: T) => void, passes: number) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const x of list) fn(x);
  const wall = (performance.now() - t0) * 1000;
  const cpu = process.cpuUsage(cpu0);
  const n = list.length * passes;
  return { wall: wall / n, cpu: (cpu.user + cpu.system) / n };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('cleaning share of a parse (CPU time, median of 5 rounds)', () => {
  const cases = {
    // Passes sized so each case takes a comparable share of a round (a Markdown parse is ~7× a dump's).
    'parseArticle, a dump': () => timePerItem(dumps, parse, 3),
    'parseArticle, a Markdown article': () => timePerItem(markdown, parse, 1),
    'classifyBlocks alone, a dump': () => timePerItem(dumpBodies, clean, 5),
  };
  for (const run of Object.values(cases)) run(); // warm-up
  const load = loadavg()[0]!;
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { wall: [] as number[], cpu: [] as number[] }]));
  // Rounds interleave the cases so a busy moment of the machine weighs on all of them.
  for (let r = 0; r < 5; r++) {
    for (const [k, run] of Object.entries(cases)) {
      const t = run();
      samples[k]!.wall.push(t.wall);
      samples[k]!.cpu.push(t.cpu);
    }
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, { wall: median(s.wall), cpu: median(s.cpu) }]));
  const dump = m['parseArticle, a dump']!;
  const md = m['parseArticle, a Markdown article']!;
  const cl = m['classifyBlocks alone, a dump']!;
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
  const lines = [
    `cleaning cost (${dumps.length} dumps, ${markdown.length} Markdown articles; load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)})`,
    ...Object.entries(m).map(([k, t]) => `  ${k.padEnd(34)} ${t.cpu.toFixed(0).padStart(6)} µs CPU  ${t.wall.toFixed(0).padStart(6)} µs wall`),
    `  cleaning / a dump's parse:        ${pct(cl.cpu, dump.cpu)} CPU, ${pct(cl.wall, dump.wall)} wall`,
    `  cleaning / a Markdown parse:      ${pct(cl.cpu, md.cpu)} CPU, ${pct(cl.wall, md.wall)} wall`,
  ];
  console.log(lines.join('\n'));
}, 600_000);
