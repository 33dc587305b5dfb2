#!/usr/bin/env node
// `npm run bench:cleaning [-- --no-write] [--only html|dumps] [--limit N]`: scores the importer,
// plain Readability, the build's dump cleaning and raw dumps on the shared article-extraction set,
// side by side, and writes bench/CLEANING.md and bench/CLEANING.json. See bench/README.md.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { aggregate, bootstrap, scorePage } from './score.mjs';
import { commentRemoval, findCommentSections } from './comments.mjs';
import { benchmarkDir, halfOf, loadPages, REPO_ROOT } from './data.mjs';
import { renderReport, KEEP_MARKER } from './report.mjs';
import { registerTypeScript } from '../../scripts/lib/ts-hooks.mjs';

const USAGE = `Usage: npm run bench:cleaning -- [--no-write] [--only html|dumps] [--limit N]
  --no-write   print the table only (the CI smoke run)
  --only KIND  score only the HTML systems or only the dump systems
  --limit N    the first N pages (in id order) only
  SHARED_DIR   folder holding benchmarks/article-extraction/ (default: <repo>/../shared)`;

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { 'no-write': { type: 'boolean', default: false }, only: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.only !== undefined && !['html', 'dumps'].includes(values.only)) throw new Error(`--only takes "html" or "dumps", not "${values.only}"\n${USAGE}`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error(`--limit takes a whole number above 0, not "${values.limit}"\n${USAGE}`);
  return { write: !values['no-write'], only: values.only, limit };
}

const round = (x, d = 4) => (x === undefined ? null : Number(x.toFixed(d)));

async function main() {
  const opts = options(process.argv.slice(2));
  const dir = benchmarkDir();
  const pages = loadPages(dir, opts.limit);
  registerTypeScript();
  const { loadSystems } = await import('./systems.mjs');
  const systems = (await loadSystems()).filter((s) => !opts.only || s.input === opts.only);

  // Comment sections are found once per page, in the raw dump, against the truth (comments.mjs).
  const sections = new Map(pages.map((p) => [p.id, findCommentSections(p.dump, p.truth)]));
  const withComments = pages.filter((p) => sections.get(p.id).length > 0);

  const results = [];
  for (const system of systems) {
    const perPage = [];
    const started = performance.now();
    for (const page of pages) {
      let text = '';
      let error;
      try {
        text = system.run(page);
      } catch (e) {
        error = String(e?.message ?? e).split('\n')[0];
      }
      const score = scorePage(page.truth, text);
      const comments = sections.get(page.id).length ? commentRemoval(sections.get(page.id), text) : undefined;
      perPage.push({ id: page.id, half: halfOf(page.id), ...score, error, comments });
    }
    const ms = performance.now() - started;
    const half = (h) => aggregate(perPage.filter((p) => p.half === h));
    const commentPages = perPage.filter((p) => p.comments);
    results.push({
      key: system.key,
      input: system.input,
      label: system.label,
      ...aggregate(perPage),
      std: bootstrap(perPage),
      halves: { A: half('A'), B: half('B') },
      failed: perPage.filter((p) => p.error).map((p) => ({ id: p.id, reason: p.error })),
      emptyOutput: perPage.filter((p) => !p.error && p.precision === undefined).length,
      comments: {
        pages: commentPages.length,
        removed: commentPages.filter((p) => p.comments.removed).length,
        lines: commentPages.reduce((a, p) => a + p.comments.lines, 0),
        keptLines: commentPages.reduce((a, p) => a + p.comments.keptLines, 0),
      },
      msPerPage: ms / pages.length,
      perPage: perPage.map((p) => ({
        id: p.id,
        precision: round(p.precision),
        recall: round(p.recall),
        ...(p.error ? { error: p.error } : {}),
        ...(p.comments ? { commentLinesKept: p.comments.kept } : {}),
      })),
    });
    console.error(`bench:cleaning: ${system.key} done (${pages.length} pages, ${(ms / 1000).toFixed(1)} s)`);
  }

  const run = {
    date: new Date().toISOString(),
    node: process.version,
    data: { dir: 'benchmarks/article-extraction (read from SHARED_DIR at run time)', pages: pages.length, limited: opts.limit !== undefined, pagesWithCommentSections: withComments.length },
    systems: results,
  };
  const existing = join(REPO_ROOT, 'bench', 'CLEANING.md');
  const previous = existsSync(existing) ? readFileSync(existing, 'utf8') : '';
  const tail = previous.includes(KEEP_MARKER) ? previous.slice(previous.indexOf(KEEP_MARKER)) : undefined;
  const report = renderReport(run, tail);
  if (opts.write) {
    if (opts.limit !== undefined || opts.only) console.error('bench:cleaning: note: a partial run (--limit/--only) is being written');
    writeFileSync(existing, report);
    writeFileSync(join(REPO_ROOT, 'bench', 'CLEANING.json'), JSON.stringify(run, null, 1) + '\n');
    console.error('bench:cleaning: wrote bench/CLEANING.md and bench/CLEANING.json');
  }
  process.stdout.write(report.slice(0, report.indexOf(KEEP_MARKER)));
}

main().catch((error) => {
  console.error(error?.message ?? error);
  process.exitCode = 1;
});
