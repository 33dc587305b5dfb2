// The article pipeline alone (decode, frontmatter or dump header, clean, sanitize, render),
// without Astro, and what cleaning costs inside it. Vitest 5 runs benchmarks inside tests: a test
// takes `bench` from its context and `bench.compare()` runs the registrations (tinybench, wall
// time) and prints their table. Each iteration parses the next article of a generated corpus, so
// hz is articles per second. After the table the test measures wall time (and the thread's CPU
// time, counted in clock ticks on these machines) for a dump's parse, a Markdown article's parse
// and the cleaning inside each, and prints cleaning's share of each. The cases take turns of a
// few items, so that all of them meet the shared machine in the same state, and each dump is
// parsed or cleaned once, as in a build (timing a few dumps again and again let every remembered
// line hit, and showed 64 µs of cleaning where a build's dumps took 138, session 12).
//
// The cleaning case reads each dump's header just before its cleanDump, as a parse does, and times
// the cleanDump alone (cleanAsParsed).
//
// Dumps are parsed with the clean input a build gives them (the folder's template and overrides,
// content/cleaning-context.ts), and "cleaning" is everything cleaning does in a dump's parse
// (content/article.ts cleanDump: comment regions, overrides, template lookup, phrase tables,
// features, the guard), with the same scope and title. Parts: the comment regions alone, and the
// loader's template pass over a dump (once per dump and sync, outside the parse). For Markdown,
// cleaning is the comment-form plugin's walk (markdown/remark-strip-comment-forms.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { test } from 'vitest';
import { bundleForNode } from '../src/lib/build/parse-pool.ts';
import { gatherCleaning } from '../src/lib/content/cleaning-context.ts';
import { strip } from '../src/lib/clean/normalize.ts';
import { sourceHost, textKeys } from '../src/lib/clean/template.ts';
import { cleanDump, parseArticle, type CleanInput } from '../src/lib/content/article.ts';
import { dumpCleanScope, parseDumpHeader } from '../src/lib/content/dump.ts';
import { hasFrontmatter, parseFrontmatter } from '../src/lib/content/frontmatter.ts';
import { remarkStripCommentForms } from '../src/lib/markdown/remark-strip-comment-forms.ts';
import { generateCorpus } from './generate.mjs';

/**
 * The parse as a build runs it: its workers load one esbuild bundle of parseArticle and all it
 * imports (build/parse-pool.ts). Under Vitest's module runner every call from one module into
 * another goes through an export getter, which made cleaning, small helpers called line by line
 * across modules, look half again as costly as in the bundle (43 against 29 µs a dump, session
 * 13); the share test times the bundle.
 */
type Bundled = typeof import('../src/lib/content/article.ts') &
  typeof import('../src/lib/content/dump.ts') &
  typeof import('../src/lib/clean/comment-regions.ts') &
  typeof import('../src/lib/markdown/remark-strip-comment-forms.ts');
async function bundledPipeline(): Promise<Bundled> {
  const out = mkdtempSync(join(tmpdir(), 'pipeline-bench-bundle-'));
  try {
    const entry = join(out, 'entry.ts');
    const src = (p: string) => JSON.stringify(new URL(p, import.meta.url).pathname);
    const modules = ['content/article.ts', 'content/dump.ts', 'clean/comment-regions.ts', 'markdown/remark-strip-comment-forms.ts'];
    writeFileSync(entry, modules.map((m) => `export * from ${src(`../src/lib/${m}`)};\n`).join(''));
    await bundleForNode(entry, join(out, 'pipeline.mjs'));
    return await import(/* @vite-ignore */ pathToFileURL(join(out, 'pipeline.mjs')).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const bundled = await bundledPipeline();

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
const FRESH_COUNT = 19_000;
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
const stripFormsBundled = bundled.remarkStripCommentForms();
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
/** parse, by the bundle a build's workers run. */
function parseBundled(f: File) {
  const result = bundled.parseArticle(f.name, f.bytes, { siteLang: 'en' }, f.clean);
  if (!result.ok) throw new Error(`${f.name}: ${result.problems.map((p) => p.message).join('; ')}`);
}
function clean(d: (typeof dumpBodies)[number]) {
  if (!cleanDump(d.body, d.start, d.options, d.clean).result.decisions.length) throw new Error('no decisions');
}
/**
 * A fresh dump's cleaning as a parse meets it: its header read from the bytes just before (not
 * timed), then cleanDump timed alone. Bodies read ahead of the clock, hundreds at a time, are
 * colder in the cache than a parse's: cleaning them took 33 µs a dump against 29 (session 13).
 */
function cleanAsParsed(f: File): number {
  const text = utf8.decode(f.bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = bundled.parseDumpHeader(text)!;
  const t0 = performance.now();
  const { result } = bundled.cleanDump(header.body, header.bodyStartLine, { title: header.title, scope: bundled.dumpCleanScope(header) }, f.clean);
  const ms = performance.now() - t0;
  if (!result.decisions.length) throw new Error('no decisions');
  return ms;
}
const utf8 = new TextDecoder();
function regions(d: (typeof dumpBodies)[number]) {
  bundled.findCommentRegions(d.stripped);
}
function templatePass(d: (typeof dumpBodies)[number]) {
  if (!textKeys(d.text).keys.length) throw new Error('no keys');
  sourceHost(d.text);
}
function markdownClean(tree: Root) {
  stripFormsBundled(tree, new VFile());
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

/** Dumps per case and round: 6 rounds (a warm-up and 5) of 4 dump cases take FRESH_COUNT's ~7,400 dumps. */
const FRESH_PER_ROUND = 300;
/** Items a case runs before the next case takes its turn. */
const CHUNK = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU µs of this thread (the process's where Node cannot tell a thread's). */
const threadCpu = () => {
  const u = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return u.user + u.system;
};
/** A case's items and what it does with each; `timed` cases time a part of the work themselves and return its ms. */
type Case = { items: readonly unknown[]; fn: (x: never) => void } | { items: readonly unknown[]; timed: (x: never) => number };
/**
 * Mean CPU and wall µs per item of each case, the cases taking turns of CHUNK items: the shared
 * machine's speed changes within seconds, and in turns every case meets it in the same state.
 * A timed case reports its own wall time, and no CPU time (NaN): a tick is far longer than an item.
 */
function inTurns(cases: Record<string, Case>): Record<string, { wall: number; cpu: number }> {
  const totals = Object.fromEntries(Object.keys(cases).map((k) => [k, { wall: 0, cpu: 0, n: 0 }]));
  const longest = Math.max(...Object.values(cases).map((c) => c.items.length));
  for (let at = 0; at < longest; at += CHUNK) {
    for (const [k, c] of Object.entries(cases)) {
      const chunk = c.items.slice(at, at + CHUNK);
      if (!chunk.length) continue;
      const t = totals[k]!;
      t.n += chunk.length;
      if ('timed' in c) {
        for (const x of chunk) t.wall += c.timed(x as never) * 1000;
        t.cpu = NaN;
        continue;
      }
      const cpu0 = threadCpu();
      const t0 = performance.now();
      for (const x of chunk) c.fn(x as never);
      t.wall += (performance.now() - t0) * 1000;
      t.cpu += threadCpu() - cpu0;
    }
  }
  return Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, { wall: t.wall / t.n, cpu: t.cpu / t.n }]));
}

test('cleaning share of a parse (wall and CPU time in turns, median of 5 rounds)', () => {
  // Each dump case takes fresh dumps every round (freshDumps); the bodies are made before the clock starts.
  const round = () =>
    inTurns({
      'parseArticle, a dump': { items: freshDumps(FRESH_PER_ROUND), fn: parseBundled },
      'parseArticle, a Markdown article': { items: markdown, fn: parseBundled },
      "cleaning in a dump's parse": { items: freshDumps(FRESH_PER_ROUND), timed: cleanAsParsed },
      '  of which comment regions': { items: freshDumps(FRESH_PER_ROUND).map(dumpBody), fn: regions },
      'template pass (loader, per dump)': { items: freshDumps(FRESH_PER_ROUND).map(dumpBody), fn: templatePass },
      'comment forms in a Markdown parse': { items: markdownTrees, fn: markdownClean },
    });
  round(); // warm-up
  const load = loadavg()[0]!;
  const samples: Record<string, { wall: number[]; cpu: number[] }> = {};
  for (let r = 0; r < 5; r++) {
    for (const [k, t] of Object.entries(round())) {
      const s = (samples[k] ??= { wall: [], cpu: [] });
      s.wall.push(t.wall);
      s.cpu.push(t.cpu);
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
    `cleaning cost (${FRESH_PER_ROUND} fresh dumps per case and round, ${markdown.length} Markdown articles; load average ${load.toFixed(2)} → ${loadavg()[0]!.toFixed(2)})`,
    ...Object.entries(m).map(([k, t]) => `  ${k.padEnd(34)} ${t.wall.toFixed(1).padStart(7)} µs wall  ${(Number.isNaN(t.cpu) ? '–' : t.cpu.toFixed(1)).padStart(7)} µs CPU`),
    `  cleaning / a dump's parse:        ${pct(cl.wall, dump.wall)} wall (target ≤ 10 %)`,
    `    comment regions / a dump's parse: ${pct(rg.wall, dump.wall)} wall`,
    `  with the loader's template pass:  ${pct(cl.wall + tp.wall, dump.wall + tp.wall)} wall`,
    `  comment forms / a Markdown parse: ${pct(mc.wall, md.wall)} wall, ${pct(mc.cpu, md.cpu)} CPU`,
    // The thread's CPU time is counted in clock ticks here (4 ms): over the few milliseconds a
    // small case takes in a round it is 0 or a tick, so wall time, read exactly and taken in the
    // same turns, is the figure to read.
  ];
  console.log(lines.join('\n'));
}, 600_000);
