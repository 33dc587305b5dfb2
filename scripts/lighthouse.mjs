#!/usr/bin/env node
// Lighthouse budget: the index, an article, a tag page and the search page of the e2e build, served as deployed (sub-path,
// _headers), each scored with the mobile preset (Lighthouse's default: throttled mid-range
// phone) and the desktop preset. Scores vary from run to run on a busy machine, so each page
// runs several times and the median counts, as Lighthouse's docs advise. Every category's
// median must reach 0.98; prints a table and the audits that cost points, exits 1 below.
// Usage: node scripts/lighthouse.mjs [--preset mobile|desktop|both] [--runs 3]   (after npm run build:e2e)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { E2E } from './lib/e2e-site.mjs';
import { startServer } from './serve-static.mjs';

const BUDGET = 0.98;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = { index: '', article: 'articles/harbour-wall-repairs/', tag: 'tags/local/', search: 'search/' };
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @param {string} name @param {string} fallback */
const option = (name, fallback) => (process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback) : fallback);
const presetArg = option('--preset', 'both');
const presets = presetArg === 'both' ? ['mobile', 'desktop'] : [presetArg];
const runs = Number(option('--runs', '3'));
if (!presets.every((p) => p === 'mobile' || p === 'desktop') || !(runs >= 1)) {
  console.error('lighthouse: use --preset mobile|desktop|both and --runs <n ≥ 1>');
  process.exit(2);
}

/** @template T @param {T[]} items @param {(item: T) => number} key the median item by key (lower middle) */
function median(items, key) {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];
}

// Same port as the build's SITE_URL, so canonical links point at the page under test.
const server = await startServer({ root: E2E.dist, base: E2E.base, port: E2E.port }).catch((error) => {
  console.error(`lighthouse: cannot serve ${E2E.dist} on port ${E2E.port}: ${error.message}\n(run npm run build:e2e first; stop anything else on the port)`);
  process.exit(2);
});
const chrome = await chromeLauncher.launch({ chromePath: E2E.chromium, chromeFlags: CHROME_FLAGS });

/**
 * One Lighthouse run: category scores and, per category, the weighted audits below 1.
 * @param {string} url @param {string} preset
 */
async function audit(url, preset, attempt = 1) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  // A failed trace (NO_NAVSTART and the like on a busy machine) is Lighthouse's fault, not the page's: it asks for a rerun.
  if (runtimeError && attempt < 3) return audit(url, preset, attempt + 1);
  if (runtimeError) throw new Error(`${url}: ${runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  /** @type {Record<string, string[]>} */
  const losses = {};
  for (const id of CATEGORIES) {
    scores[id] = categories[id]?.score ?? 0;
    losses[id] = (categories[id]?.auditRefs ?? []).flatMap((ref) => {
      const a = audits[ref.id];
      return ref.weight > 0 && a && a.score !== null && a.score < 1 ? [`${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`] : [];
    });
  }
  return { scores, losses };
}

/** @type {{ page: string, preset: string, scores: Record<string, number>, losses: string[] }[]} */
const rows = [];
try {
  for (const preset of presets) {
    for (const [page, path] of Object.entries(PAGES)) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await audit(server.url + path, preset));
      /** @type {Record<string, number>} */
      const scores = {};
      const losses = [];
      for (const id of CATEGORIES) {
        const mid = median(results, (r) => r.scores[id] ?? 0);
        scores[id] = mid?.scores[id] ?? 0;
        if (scores[id] < BUDGET) losses.push(...(mid?.losses[id] ?? []).map((l) => `${id}: ${l}`));
      }
      rows.push({ page, preset, scores, losses });
      console.error(`${page} ${preset}: ${results.map((r) => CATEGORIES.map((c) => r.scores[c]?.toFixed(2)).join('/')).join('  ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'preset', ...CATEGORIES];
const table = [header, ...rows.map((r) => [r.page, r.preset, ...CATEGORIES.map((c) => r.scores[c]?.toFixed(2) ?? '-')])];
const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  '));

const failing = rows.filter((r) => CATEGORIES.some((c) => (r.scores[c] ?? 0) < BUDGET));
for (const row of failing) {
  console.log(`\n${row.page} (${row.preset}) is below ${BUDGET}:`);
  for (const loss of row.losses) console.log(`  ${loss}`);
}
console.log(failing.length ? `\n${failing.length} page/preset pair(s) below the budget of ${BUDGET} (median of ${runs})` : `\nevery category at or above ${BUDGET} (median of ${runs} runs)`);
process.exit(failing.length ? 1 : 0);
