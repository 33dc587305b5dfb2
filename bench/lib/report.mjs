// Markdown report and chart data for bench/RESULTS.md. Pure: figures in, text out.
import { formatBytes, formatInt, formatRatio, formatSeconds, formatSummary, markdownTable } from './format.mjs';
import { SITE_NAMES, TARGETS, checkTargets, referenceRatios } from './ratios.mjs';
import { summarize } from './stats.mjs';

/**
 * @typedef {import('./ratios.mjs').Aggregate} Aggregate
 * @typedef {{ cpus: number, cpuModel: string, memoryBytes: number, node: string, platform: string, loadSamples: number[] }} Machine
 *   loadSamples: 1-minute load averages taken before each build.
 * @typedef {{ date: string, runs: number[], sizes: number[], references: boolean, command: string, notes?: string[] }} RunInfo
 *   runs[i]: how many runs were made at sizes[i].
 */

/** Everything after this line in RESULTS.md is hand-written and kept when the benchmark rewrites the file. */
export const KEEP_MARKER = '<!-- bench/run.mjs keeps everything below this line -->';

const DEFAULT_TAIL = `${KEEP_MARKER}\n\n## Where the time goes\n\nNot profiled yet: see bench/README.md for the profiling command.\n`;

/** New generated text plus the kept tail of the previous file (or a default tail). */
export function mergeWithKeptTail(generated, previous) {
  const at = previous?.indexOf(KEEP_MARKER) ?? -1;
  const tail = at >= 0 ? previous.slice(at) : DEFAULT_TAIL;
  return `${generated.trimEnd()}\n\n${tail}`;
}

const SITES = /** @type {const} */ (['ours', 'astro', 'eleventy']);
const bySiteThenN = (a, b) => SITES.indexOf(a.site) - SITES.indexOf(b.site) || a.n - b.n || (a.mode === 'cold' ? -1 : 1);

/** @param {Aggregate[]} aggs */
export function resultsTable(aggs) {
  const rows = [...aggs].sort(bySiteThenN).map((a) => [
    SITE_NAMES[a.site],
    formatInt(a.n),
    a.mode,
    formatSummary(a.wall, formatSeconds),
    formatSummary(a.cpu, formatSeconds),
    formatSummary(a.rss, formatBytes),
    a.output ? formatInt(a.output.pages) : '–',
    a.pagesPerSecond === null ? '–' : formatInt(a.pagesPerSecond),
    a.output ? formatBytes(a.output.distBytes) : '–',
    a.output?.largestPage ? `${formatBytes(a.output.largestPage.bytes)} (\`${a.output.largestPage.path}\`)` : '–',
  ]);
  return markdownTable(['Site', 'N', 'Build', 'Wall time', 'CPU time', 'Peak RSS', 'Pages', 'Pages/s', 'Output size', 'Largest page'], rows, ['l', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']);
}

/** @param {Aggregate[]} aggs */
export function ratiosTable(aggs) {
  const rows = referenceRatios(aggs).map((r) => [formatInt(r.n), SITE_NAMES[r.reference], formatRatio(r.wall), formatRatio(r.cpu), formatRatio(r.rss)]);
  return markdownTable(['N', 'This site ÷', 'Wall time', 'CPU time', 'Peak RSS'], rows, ['r', 'l', 'r', 'r', 'r']);
}

const mark = (met) => (met === null ? '–' : met ? 'yes' : '**no**');

/** @param {Aggregate[]} aggs */
export function targetsTable(aggs) {
  const fmt = (unit, v) => (v === null ? '–' : unit === 'bytes' ? formatBytes(v) : formatRatio(v));
  const limit = (t) => (t.unit === 'bytes' ? `≤ ${t.limit / 2 ** 30} GiB` : `≤ ${formatRatio(t.limit)}`);
  const rows = checkTargets(aggs).map((t) => [t.target, formatInt(t.n), limit(t), fmt(t.unit, t.wall), mark(t.met), fmt(t.unit, t.cpu), mark(t.metCpu)]);
  return markdownTable(['Target', 'N', 'Limit', 'Measured', 'Met', 'By CPU time', 'Met (CPU)'], rows, ['l', 'r', 'l', 'r', 'l', 'r', 'l']);
}

/** @param {Machine} m */
export function machineLine(m) {
  const load = summarize(m.loadSamples);
  const loadText = load ? `1-minute load average ${load.median.toFixed(1)} (${load.min.toFixed(1)}–${load.max.toFixed(1)}) over the run` : 'load not sampled';
  return `${m.cpus} × ${m.cpuModel}, ${formatBytes(m.memoryBytes)} RAM, Node ${m.node} on ${m.platform}; ${loadText}.`;
}

/**
 * Chart data: median wall time and median peak RSS of cold builds against N, one line per site.
 * @param {Aggregate[]} aggs
 * @returns {import('./chart.mjs').ChartSpec}
 */
export function chartSpec(aggs) {
  const cold = aggs.filter((a) => a.mode === 'cold');
  const sites = SITES.filter((s) => cold.some((a) => a.site === s));
  const series = (pick) => sites.map((s) => ({ name: SITE_NAMES[s], points: /** @type {[number, number][]} */ (cold.filter((a) => a.site === s && pick(a) !== null).map((a) => [a.n, pick(a)])) }));
  const desc = cold
    .sort(bySiteThenN)
    .map((a) => `${SITE_NAMES[a.site]} at N = ${formatInt(a.n)}: ${formatSeconds(a.wall?.median ?? NaN)}, ${formatBytes(a.rss?.median ?? NaN)}`)
    .join('; ');
  return {
    title: 'Cold build time and peak memory against the number of articles',
    description: `Median of the runs. ${desc}.`,
    xLabel: 'Articles (N)',
    panels: [
      { title: 'Build time (cold)', yLabel: 'seconds', series: series((a) => (a.wall ? a.wall.median / 1000 : null)) },
      {
        title: 'Peak memory (cold)',
        yLabel: 'MiB',
        series: series((a) => (a.rss ? a.rss.median / 2 ** 20 : null)),
        limit: { value: TARGETS.peakRssBytes / 2 ** 20, label: '1.5 GiB target (10,000)' },
      },
    ],
  };
}

/**
 * The generated part of RESULTS.md.
 * @param {{ aggs: Aggregate[], machine: Machine, info: RunInfo, chartFile: string }} data
 */
export function renderReport({ aggs, machine, info, chartFile }) {
  const runsText = (r) => (r === 1 ? 'one run (no spread)' : `median of ${r} runs, (min–max) in brackets`);
  const sameRuns = info.runs.every((r) => r === info.runs[0]);
  const sizesText = sameRuns
    ? `Sizes: ${info.sizes.map(formatInt).join(', ')} articles; ${runsText(info.runs[0])} each.`
    : `Sizes: ${info.sizes.map((n, i) => `${formatInt(n)} articles, ${runsText(info.runs[i])}`).join('; ')}.`;
  const parts = [
    '# Benchmark results',
    '',
    `Written by \`${info.command}\` on ${info.date}. Do not edit above the marker line near the end; rerun the benchmark instead.`,
    '',
    `Machine: ${machineLine(machine)}`,
    '',
    `${sizesText} Cold = content cache and output deleted; no change = built again with the cache kept; warm = then one article’s body edited. CPU time is user + system time of the build and its child processes: on a shared machine it is steadier than wall time.`,
    ...(info.notes?.length ? ['', ...info.notes.map((n) => `- ${n}`)] : []),
    '',
    `![Line charts of cold build time and peak memory against N for each site](${chartFile})`,
    '',
    '## Ratios to the reference sites',
    '',
    'Our cold build divided by each reference site\'s cold build on the same corpus (medians). These ratios, not the seconds, are the result: machines differ.',
    '',
    info.references ? ratiosTable(aggs) : 'Reference sites were not built in this run (`--no-reference`).',
    '',
    '## Targets',
    '',
    targetsTable(aggs),
    '',
    '## All figures',
    '',
    resultsTable(aggs),
    '',
  ];
  return parts.join('\n');
}
