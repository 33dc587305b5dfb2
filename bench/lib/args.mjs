// Command-line options of bench/run.mjs. Pure: argv in, options out (throws on bad input).

/**
 * @typedef {{ sizes: number[], runs: number[], references: boolean, out: string | null, seed: number, reportOnly: boolean, help: boolean }} RunOptions
 *   runs[i]: runs at sizes[i]; out: where RESULTS.md goes, or null for --no-write;
 *   reportOnly: rewrite the report from the last run's raw results without building.
 */

export const USAGE = `Usage: node bench/run.mjs [options]
  --sizes 1000,10000   corpus sizes (articles)
  --runs 3             runs per size (or one per size: --runs 3,1); figures are the median, with min and max
  --quick              CI smoke run: --sizes 200 --runs 1
  --no-reference       skip the plain Astro and Eleventy reference sites
  --out FILE           report path (default bench/RESULTS.md); the chart is written beside it
  --no-write           print the report instead of writing files
  --seed 42            corpus seed
  --report-only        rewrite the report from the raw runs saved beside it (RESULTS.json), without building`;

/**
 * @param {string[]} argv arguments after the script name
 * @returns {RunOptions}
 */
export function parseArgs(argv) {
  let sizes = [1000, 10000];
  let runs = [3];
  const opts = { references: true, out: /** @type {string | null} */ ('bench/RESULTS.md'), seed: 42, reportOnly: false, help: false };
  let quick = false;
  const explicit = { sizes: false, runs: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // Accept both "--runs 3" and "--runs=3".
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    const positiveInt = (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: "${v}" is not a positive whole number`);
      return n;
    };
    switch (flag) {
      case '--sizes':
        sizes = value().split(',').map((v) => positiveInt(v.trim()));
        explicit.sizes = true;
        break;
      case '--runs':
        runs = value().split(',').map((v) => positiveInt(v.trim()));
        explicit.runs = true;
        break;
      case '--seed':
        opts.seed = positiveInt(value());
        break;
      case '--quick':
        quick = true;
        break;
      case '--no-reference':
        opts.references = false;
        break;
      case '--out':
        opts.out = value();
        break;
      case '--no-write':
        opts.out = null;
        break;
      case '--report-only':
        opts.reportOnly = true;
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  // --quick sets defaults; explicit --sizes / --runs still win.
  if (quick) {
    if (!explicit.sizes) sizes = [200];
    if (!explicit.runs) runs = [1];
  }
  if (runs.length !== 1 && runs.length !== sizes.length) throw new Error(`--runs: give one count, or one per size (${sizes.length})`);
  if (new Set(sizes).size !== sizes.length) throw new Error('--sizes: a size is repeated');
  // Smallest size first, each keeping its run count.
  const pairs = sizes.map((n, i) => [n, runs.length === 1 ? runs[0] : runs[i]]).sort((a, b) => a[0] - b[0]);
  return { sizes: pairs.map((p) => p[0]), runs: pairs.map((p) => p[1]), ...opts };
}
