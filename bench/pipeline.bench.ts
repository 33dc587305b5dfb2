// The article pipeline alone (decode, frontmatter or dump header, clean, sanitize, render),
// without Astro, and what cleaning costs inside it. Vitest 5 runs benchmarks inside tests: a test
// takes `bench` from its context and `bench.compare()` runs the registrations (tinybench, wall
// time) and prints their table. Each iteration parses the next article of a generated corpus, so
// hz is articles per second. After the table the test measures CPU time (process.cpuUsage, which
// moves far less than wall time on the shared machine) for a dump's parse, a Markdown article's
// parse and the cleaning inside each, and prints cleaning's share of each.
//
// Dumps are parsed with the clean input a build gives them (the folder's template and overrides,
// build/cleaning-context.ts), and "cleaning" is everything cleaning does in a dump's parse
// (content/article.ts cleanDump: comment regions, overrides, template lookup, phrase tables,
// features, the guard), with the same scope and title. Parts: the comment regions alone, and the
// loader's template pass over a dump (once per dump and sync, outside the parse). For Markdown,
// cleaning is the comment-form plugin's walk (markdown/remark-strip-comment-forms.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { test } from 'vitest';
import { gatherCleaning } from '../src/lib/build/cleaning-context.ts';
import { findCommentRegions } from '../src/lib/clean/comment-regions.ts';
import { strip } from '../src/lib/clean/normalize.ts';
import { lineKeys, sourceHost } from '../src/lib/clean/template.ts';
import { cleanDump, parseArticle, type CleanInput } from '../src/lib/content/article.ts';
import { dumpCleanScope, parseDumpHeader } from '../src/lib/content/dump.ts';
import { hasFrontmatter, parseFrontmatter } from '../src/lib/content/frontmatter.ts';
import { remarkStripCommentForms } from '../src/lib/markdown/remark-strip-comment-forms.ts';
import { generateCorpus } from './generate.mjs';

const COUNT = 200;
const dir = mkdtempSync(join(tmpdir(), 'pipeline-bench-'));
const { entries } = generateCorpus({ count: COUNT, seed: 42, outDir: dir });
type File = { name: string; kind: string; bytes: Buffer; clean?: CleanInput };
const files: File[] = entries.map((e: { file: string; kind: string }) => ({ name: e.file, kind: e.kind, bytes: readFileSync(join(dir, e.file)) }));
rmSync(dir, { recursive: true, force: true });
// The template and overrides each dump gets in a build of this corpus (one folder).
const cleaning = await gatherCleaning(dir, files.map((f) => [f.name, f.bytes] as const), []);
for (const f of files) f.clean = cleaning.inputFor(f.name);
const dumps = files.filter((f) => f.kind === 'dump');
const markdown = files.filter((f) => f.kind === 'markdown');

/** A dump's body as the cleaner sees it (as content/article.ts hands it over). */
function dumpBody(f: File) {
  const text = f.bytes.toString('utf8');
  const header = parseDumpHeader(text)!;
  const body = header.body;
  return { text, body, start: header.bodyStartLine, options: { title: header.title, scope: dumpCleanScope(header) }, clean: f.clean ?? {}, stripped: body.split('\n').map(strip) };
}
const dumpBodies = dumps.map(dumpBody);

/**
 * Dumps of a larger corpus (one folder, as a build would see it), each parsed or cleaned once by
 * the share test: cleaning remembers what recurs (comment-form lines, key gates), and over a
 * build that helps with the lines a source repeats, never with an article's own prose. Timing the
 * same few dumps again and again would let every line hit.
 */
const FRESH_COUNT = 8000;
const freshDir = mkdtempSync(join(tmpdir(), 'pipeline-bench-fresh-'));
const fresh = generateCorpus({ count: FRESH_COUNT, seed: 43, outDir: freshDir });
const freshFiles: File[] = fresh.entries
  .filter((e: { kind: string }) => e.kind === 'dump')
  .map((e: { file: string; kind: string }) => ({ name: e.file, kind: e.kind, bytes: readFileSync(join(freshDir, e.file)) }));
rmSync(freshDir, { recursive: true, force: true });
const freshCleaning = await gatherCleaning(freshDir, freshFiles.map((f) => [f.name, f.bytes] as const), []);
for (const f of freshFiles) f.clean = freshCleaning.inputFor(f.name);
let freshNext = 0;
/** The next `n` dumps no case has used yet. */
function freshDumps(n: number): File[] {
  if (freshNext + n > freshFiles.length) throw new Error(`pipeline bench: only ${freshFiles.length} fresh dumps; raise FRESH_COUNT`);
  return freshFiles.slice(freshNext, (freshNext += n));
}
/** The Markdown articles' trees as the comment-form plugin gets them (remark-parse and remark-gfm ran). */
const parser = unified().use(remarkParse).use(remarkGfm);
const stripForms = remarkStripCommentForms();
const markdownTrees = markdown.map((f) => {
  const text = f.bytes.toString('utf8');
  const body = hasFrontmatter(text) ? (parseFrontmatter(text) as { ok: true; block: { body: string } }).block.body : text;
  const tree = parser.runSync(parser.parse(body)) as Root;
  stripForms(tree, new VFile()); // the generated articles have no form; a removal would happen once, here
  return tree;
});

/** Throws if an article fails, so a broken pipeline cannot look fast. */
function parse(f: File) {
  const result = parseArticle(f.name, f.bytes, { siteLang: 'en' }, f.clean);
  if (!result.ok) throw new Error(`${f.name}: ${result.problems.map((p) => p.message).join('; ')}`);
}
function clean(d: (typeof dumpBodies)[number]) {
  if (!cleanDump(d.body, d.start, d.options, d.clean).result.decisions.length) throw new Error('no decisions');
}
function regions(d: (typeof dumpBodies)[number]) {
  findCommentRegions(d.stripped);
}
function templatePass(d: (typeof dumpBodies)[number]) {
  if (!lineKeys(d.text).length) throw new Error('no keys');
  sourceHost(d.text);
}
function markdownClean(tree: Root) {
  stripForms(tree, new VFile());
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
    bench("a dump's cleaning alone (cleanDump), same dumps", cycle(dumpBodies, clean)),
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
/** Dumps per case and round: 6 rounds (a warm-up and 5) of 4 dump cases take FRESH_COUNT's ~3,100 dumps. */
const FRESH_PER_ROUND = 120;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('cleaning share of a parse (CPU time, median of 5 rounds)', () => {
  // Each dump case takes fresh dumps every round (freshDumps); the bodies are made before the clock starts.
  const bodies = (n: number) => freshDumps(n).map(dumpBody);
  const cases = {
    'parseArticle, a dump': () => timePerItem(freshDumps(FRESH_PER_ROUND), parse, 1),
    'parseArticle, a Markdown article': () => timePerItem(markdown, parse, 1),
    "cleaning in a dump's parse": () => timePerItem(bodies(FRESH_PER_ROUND), clean, 1),
    '  of which comment regions': () => timePerItem(bodies(FRESH_PER_ROUND), regions, 1),
    'template pass (loader, per dump)': () => timePerItem(bodies(FRESH_PER_ROUND), templatePass, 1),
    'comment forms in a Markdown parse': () => timePerItem(markdownTrees, markdownClean, 5),
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
  const cl = m["cleaning in a dump's parse"]!;
  const rg = m['  of which comment regions']!;
  const tp = m['template pass (loader, per dump)']!;
  const mc = m['comment forms in a Markdown parse']!;
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
  const lines = [
    `cleaning cost (${dumps.length} dumps, ${markdown.length} Markdown articles; load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)})`,
    ...Object.entries(m).map(([k, t]) => `  ${k.padEnd(34)} ${t.cpu.toFixed(1).padStart(7)} µs CPU  ${t.wall.toFixed(1).padStart(7)} µs wall`),
    `  cleaning / a dump's parse:        ${pct(cl.cpu, dump.cpu)} CPU, ${pct(cl.wall, dump.wall)} wall (target ≤ 10 %)`,
    `    comment regions / a dump's parse: ${pct(rg.cpu, dump.cpu)} CPU`,
    `  with the loader's template pass:  ${pct(cl.cpu + tp.cpu, dump.cpu + tp.cpu)} CPU`,
    `  comment forms / a Markdown parse: ${pct(mc.cpu, md.cpu)} CPU, ${pct(mc.wall, md.wall)} wall`,
  ];
  console.log(lines.join('\n'));
}, 600_000);
