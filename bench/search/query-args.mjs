// Command-line options of measure-queries.mjs. Pure: argv in, options out (throws on bad input).

/**
 * Queries tuned to bench/generate.mjs corpora (invented vocabulary, seed 42): "new" is in ~89% of
 * the articles, "tool" in ~22%, "tool dea" in ~5%, "posoockto" in 4 of the first 10,000. "zzxqj"
 * is in none: the search page goes on through every index part by itself (src/lib/search/seek.ts),
 * the most a one-word query costs.
 * @type {import('./measure-queries.mjs').Query[]}
 */
export const DEFAULT_QUERIES = [
  { name: 'common', term: 'new' },
  { name: 'rare', term: 'posoockto' },
  { name: 'two-words', term: 'tool dea' },
  { name: 'filtered', term: 'tool', filters: { year: ['2024'] } },
  { name: 'by-date', term: 'tool', sort: { date: 'desc' } },
  { name: 'nowhere', term: 'zzxqj' },
];

export const USAGE = `Usage: node bench/search/measure-queries.mjs --dist DIR [options]
  --dist DIR          a built site (its search page at <base>search/)
  --base /news/       the base path it was built for (default /)
  --runs 3            runs per query, each in a fresh browser context; figures are medians (default 1)
  --queries FILE      a JSON list of { name, term, filters?, sort? } (default: the bench corpus queries)
  --json FILE         also write the report as JSON
  --profile DIR       write a main-thread CPU profile of each query's first run (.cpuprofile) into DIR
  --timeout 30000     ms to wait for the first result
  --chromium PATH     the browser (default /usr/bin/chromium)`;

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * @param {string[]} argv
 * @returns {{ dist: string, base: string, runs: number, queries?: import('./measure-queries.mjs').Query[], json?: string, profileDir?: string, timeoutMs: number, chromium: string, help: boolean }}
 */
export function parseQueryArgs(argv, readJson = (file) => JSON.parse(requireText(file))) {
  const opts = { dist: '', base: '/', runs: 1, timeoutMs: 30000, chromium: '/usr/bin/chromium', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} must be a positive integer`);
      return n;
    };
    if (arg === '--dist') opts.dist = value();
    else if (arg === '--base') opts.base = value();
    else if (arg === '--runs') opts.runs = count();
    else if (arg === '--timeout') opts.timeoutMs = count();
    else if (arg === '--json') opts.json = value();
    else if (arg === '--profile') opts.profileDir = value();
    else if (arg === '--chromium') opts.chromium = value();
    else if (arg === '--queries') opts.queries = checkQueries(readJson(value()));
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!opts.dist && !opts.help) throw new Error(`--dist is required\n${USAGE}`);
  return opts;
}

/** @param {unknown} list */
function checkQueries(list) {
  if (!Array.isArray(list) || list.length === 0) throw new Error('--queries: expected a non-empty JSON list');
  list.forEach((q, i) => {
    if (typeof q?.name !== 'string' || typeof q?.term !== 'string') throw new Error(`--queries: entry ${i} needs a string name and term`);
  });
  return list;
}

/** @param {string} file */
function requireText(file) {
  return process.getBuiltinModule('node:fs').readFileSync(file, 'utf8');
}
