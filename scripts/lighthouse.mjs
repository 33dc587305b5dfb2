#!/usr/bin/env node
// Lighthouse budget: the index and an article of the e2e build, served as deployed (sub-path,
// _headers), each scored with the mobile preset (Lighthouse's default: throttled mid-range
// phone) and the desktop preset. Every category must reach 0.95; prints a table and the
// audits that cost points, exits 1 below budget.
// Usage: node scripts/lighthouse.mjs [--preset mobile|desktop|both]   (after npm run build:e2e)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { E2E } from './lib/e2e-site.mjs';
import { startServer } from './serve-static.mjs';

const BUDGET = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = { index: '', article: 'articles/harbour-wall-repairs/' };
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const presetArg = process.argv.includes('--preset') ? process.argv[process.argv.indexOf('--preset') + 1] : 'both';
const presets = presetArg === 'both' ? ['mobile', 'desktop'] : [presetArg];
if (!presets.every((p) => p === 'mobile' || p === 'desktop')) {
  console.error(`lighthouse: unknown preset "${presetArg}"; use mobile, desktop or both`);
  process.exit(2);
}

// Same port as the build's SITE_URL, so canonical links point at the page under test.
const server = await startServer({ root: E2E.dist, base: E2E.base, port: E2E.port }).catch((error) => {
  console.error(`lighthouse: cannot serve ${E2E.dist} on port ${E2E.port}: ${error.message}\n(run npm run build:e2e first; stop anything else on the port)`);
  process.exit(2);
});
const chrome = await chromeLauncher.launch({ chromePath: E2E.chromium, chromeFlags: CHROME_FLAGS });

/** @type {{ page: string, preset: string, scores: Record<string, number>, losses: string[] }[]} */
const rows = [];
try {
  for (const preset of presets) {
    for (const [page, path] of Object.entries(PAGES)) {
      const result = await lighthouse(
        server.url + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`no result for ${path}`);
      const { categories, audits } = result.lhr;
      if (result.lhr.runtimeError) throw new Error(`${page}: ${result.lhr.runtimeError.message}`);
      /** @type {Record<string, number>} */
      const scores = {};
      const losses = [];
      for (const id of CATEGORIES) {
        const category = categories[id];
        scores[id] = category?.score ?? 0;
        if (scores[id] >= BUDGET) continue;
        for (const ref of category?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) losses.push(`${id}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
        }
      }
      rows.push({ page, preset, scores, losses });
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
console.log(failing.length ? `\n${failing.length} run(s) below the budget of ${BUDGET}` : `\nevery category at or above ${BUDGET}`);
process.exit(failing.length ? 1 : 0);
