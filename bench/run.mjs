// Build benchmark: our site against a plain Astro site and an Eleventy site on the same
// generated corpora, cold and warm. Writes bench/RESULTS.md and a chart beside it.
// Usage: node bench/run.mjs --help
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';
import { USAGE, parseArgs } from './lib/args.mjs';
import { renderLineCharts } from './lib/chart.mjs';
import { formatBytes, formatSeconds } from './lib/format.mjs';
import { outputStats } from './lib/outdir.mjs';
import { SITE_NAMES, aggregate } from './lib/ratios.mjs';
import { chartSpec, mergeWithKeptTail, ratiosTable, renderReport, targetsTable } from './lib/report.mjs';
import { measure } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench/.work/run');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Our site is built as `npm run build` builds it (with its heap limit); the references with plain `astro build`. */
const BUILD = join(ROOT, 'scripts/build.mjs');
const ELEVENTY = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const WARM_EDIT = '\n\nThis sentence was added by the warm-build benchmark.\n';
// No network calls, no colour codes in captured logs.
const QUIET_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/** @typedef {import('./lib/ratios.mjs').Measurement} Measurement */

const log = (msg) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const loadSamples = [];

/** Runs one build under GNU time; throws with the build's last output if it fails. */
async function timedBuild(label, args, env) {
  loadSamples.push(os.loadavg()[0]);
  const r = await measure(process.execPath, args, { env: { ...QUIET_ENV, ...env }, cwd: ROOT, quiet: true });
  if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.outputTail}`);
  log(`${label}: ${formatSeconds(r.wallMs)} wall, ${formatSeconds(r.cpuMs)} CPU, ${formatBytes(r.peakRssBytes)} peak RSS`);
  return { wallMs: r.wallMs, cpuMs: r.cpuMs, peakRssBytes: r.peakRssBytes };
}

/** One record per (site, N, mode), filled run by run. */
function recorder() {
  /** @type {Map<string, Measurement>} */
  const map = new Map();
  return {
    add(site, n, mode, run, outDir) {
      const key = `${site}:${n}:${mode}`;
      if (!map.has(key)) map.set(key, { site, n, mode, runs: [], output: null });
      const m = /** @type {Measurement} */ (map.get(key));
      m.runs.push(run);
      const s = outputStats(outDir);
      m.output = { pages: s.pages, distBytes: s.totalBytes, largestPage: s.largestPage };
    },
    all: () => [...map.values()],
  };
}

async function benchSize(n, runs, opts, rec) {
  const corpus = generateCorpus({ count: n, seed: opts.seed, outDir: join(WORK, `corpus-${n}`), clean: true });
  const ref = opts.references ? generateCorpus({ count: n, seed: opts.seed, outDir: join(WORK, `ref-${n}`), referenceMarkdownOnly: true, clean: true }) : null;
  // The edited article: the first Markdown one, so the edit is plain prose appended to the body.
  const edited = join(corpus.outDir, (corpus.entries.find((e) => e.kind === 'markdown') ?? corpus.entries[0]).file);
  const original = readFileSync(edited);
  const dirs = (site) => ({ out: join(WORK, `out-${site}-${n}`), cache: join(WORK, `cache-${site}-${n}`) });

  for (let run = 1; run <= runs; run++) {
    const tag = `N=${n} run ${run}/${runs}`;
    const ours = dirs('ours');
    rmSync(ours.out, { recursive: true, force: true });
    rmSync(ours.cache, { recursive: true, force: true });
    const oursEnv = { CONTENT_DIR: corpus.outDir, ASTRO_CACHE_DIR: ours.cache, SITE_URL: 'https://bench.example.org' };
    const oursArgs = [BUILD, '--outDir', ours.out];
    rec.add('ours', n, 'cold', await timedBuild(`${tag} ${SITE_NAMES.ours} cold`, oursArgs, oursEnv), ours.out);
    try {
      appendFileSync(edited, WARM_EDIT);
      rec.add('ours', n, 'warm', await timedBuild(`${tag} ${SITE_NAMES.ours} warm`, oursArgs, oursEnv), ours.out);
    } finally {
      writeFileSync(edited, original);
    }

    if (!ref) continue;
    const astro = dirs('astro');
    rmSync(astro.out, { recursive: true, force: true });
    rmSync(astro.cache, { recursive: true, force: true });
    const astroArgs = [ASTRO, 'build', '--root', 'bench/reference-astro'];
    rec.add('astro', n, 'cold', await timedBuild(`${tag} ${SITE_NAMES.astro} cold`, astroArgs, { CONTENT_DIR: ref.outDir, OUT_DIR: astro.out, ASTRO_CACHE_DIR: astro.cache }), astro.out);

    const eleventy = dirs('eleventy');
    rmSync(eleventy.out, { recursive: true, force: true });
    // Eleventy resolves its dirs against the working directory: give it paths relative to the root.
    const elevenEnv = { CONTENT_DIR: relative(ROOT, ref.outDir), OUT_DIR: relative(ROOT, eleventy.out) };
    const elevenArgs = [ELEVENTY, '--quiet', '--config=bench/reference-eleventy/eleventy.config.mjs'];
    rec.add('eleventy', n, 'cold', await timedBuild(`${tag} ${SITE_NAMES.eleventy} cold`, elevenArgs, elevenEnv), eleventy.out);
  }
}

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU', memoryBytes: os.totalmem(), node: process.version, platform: `${os.type()} ${os.release()}`, loadSamples };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${/** @type {Error} */ (e).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) return console.log(USAGE);
  for (const bin of [ASTRO, ...(opts.references ? [ELEVENTY] : [])]) if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm ci first`);
  mkdirSync(WORK, { recursive: true });

  // Raw runs are kept beside the report (RESULTS.md → RESULTS.json), so --report-only can redo it.
  const out = opts.out ? resolve(ROOT, opts.out) : null;
  const rawFile = out ? out.replace(/(\.md)?$/, '.json') : null;
  /** @type {{ info: import('./lib/report.mjs').RunInfo, machine: import('./lib/report.mjs').Machine, measurements: Measurement[] }} */
  let raw;
  if (opts.reportOnly) {
    if (!rawFile || !existsSync(rawFile)) throw new Error(`${rawFile ? relative(ROOT, rawFile) : 'No report file (--no-write), so no raw results'}: not found; run the benchmark with --out first`);
    raw = JSON.parse(readFileSync(rawFile, 'utf8'));
    log(`re-rendering the report of ${raw.info.date} from ${relative(ROOT, rawFile)}`);
  } else {
    const plan = opts.sizes.map((n, i) => `${n} × ${opts.runs[i]} run(s)`).join(', ');
    log(`sizes ${plan}${opts.references ? ', with reference sites' : ''}; work folder ${relative(ROOT, WORK)}`);
    const rec = recorder();
    for (const [i, n] of opts.sizes.entries()) await benchSize(n, opts.runs[i], opts, rec);
    const info = {
      date: new Date().toISOString().slice(0, 10),
      runs: opts.runs,
      sizes: opts.sizes,
      references: opts.references,
      command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    };
    raw = { info, machine: machine(), measurements: rec.all() };
    if (rawFile) {
      mkdirSync(dirname(rawFile), { recursive: true });
      writeFileSync(rawFile, `${JSON.stringify(raw, null, 1)}\n`);
    }
  }

  const aggs = raw.measurements.map(aggregate);
  const { info } = raw;
  const chartFile = 'results-chart.svg';
  const report = renderReport({ aggs, machine: raw.machine, info, chartFile });
  const svg = renderLineCharts(chartSpec(aggs));

  if (out) {
    const previous = existsSync(out) ? readFileSync(out, 'utf8') : null;
    writeFileSync(out, mergeWithKeptTail(report, previous));
    writeFileSync(join(dirname(out), chartFile), svg);
    log(`wrote ${relative(ROOT, out)}, its raw runs and ${relative(ROOT, join(dirname(out), chartFile))}`);
    console.log(`${info.references ? `${ratiosTable(aggs)}\n\n` : ''}${targetsTable(aggs)}`);
  } else {
    console.log(report);
    log(`chart rendered (${svg.length} bytes, not written: --no-write)`);
  }
  log(`done; corpora and build outputs are in ${relative(ROOT, WORK)}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
