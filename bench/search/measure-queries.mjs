#!/usr/bin/env node
// Query cost of a built site's search page in real headless Chromium: for each query, a fresh
// browser context (cold cache) opens the search page, types the query, and records every request
// and its bytes on the wire, and the time until the first result is shown (a result link in
// <pagefind-results>, not a placeholder). Serves the site on 127.0.0.1 with scripts/serve-static.mjs.
// Usage: see USAGE below and bench/README.md. Reports figures; asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-static.mjs';
import { summarizeCpuProfile } from './profile.mjs';
import { DEFAULT_QUERIES, median, parseQueryArgs } from './query-args.mjs';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * @typedef {{ name: string, term: string, filters?: Record<string, string[]>, sort?: Record<string, 'asc' | 'desc'> }} Query
 * @typedef {{ requests: number, bytes: number }} Traffic
 * @typedef {{ query: Query, results: number, firstResultMs: number, inputToFirstResultMs: number,
 *   page: Traffic, search: Traffic, total: Traffic, pagefind: Traffic, longestTaskMs: number,
 *   profileTop?: { name: string, selfMs: number }[] }} QueryRun
 */

/** In the page: waits for the search UI, then types the query and times the first shown result. */
async function runInPage(page, query, timeoutMs) {
  return page.evaluate(
    async ({ query, timeoutMs }) => {
      await customElements.whenDefined('pagefind-input');
      const manager = /** @type {any} */ (window).PagefindComponents?.getInstanceManager?.();
      const instance = manager?.getInstance?.('default');
      const input = /** @type {HTMLInputElement | null} */ (document.querySelector('pagefind-input input'));
      const results = document.querySelector('pagefind-results');
      if (!instance || !input || !results) throw new Error('the search page has no Pagefind Component UI');
      let searchStart = 0;
      let resultCount = -1;
      instance.on('search', () => void (searchStart ||= performance.now()));
      instance.on('results', (r) => void (resultCount = r.results.length));
      let longestTask = 0;
      const tasks = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longestTask = Math.max(longestTask, e.duration))));
      tasks.observe({ type: 'longtask', buffered: false });
      if (query.filters) instance.searchFilters = query.filters;
      if (query.sort) instance.searchSort = query.sort;
      const shown = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no result shown for "${query.term}" within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          // No result counts once the page has stopped going on to older index parts by itself.
          if (results.querySelector('a[href]') || (resultCount === 0 && !document.querySelector('[data-search-seeking]'))) {
            clearTimeout(timer);
            observer.disconnect();
            resolve(performance.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(results, { childList: true, subtree: true });
        instance.on('results', () => setTimeout(check, 0));
      });
      const typed = performance.now();
      input.value = query.term;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const at = /** @type {number} */ (await shown);
      tasks.disconnect();
      return { typed, searchStart, at, resultCount, longestTask };
    },
    { query, timeoutMs },
  );
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the search page
 * @param {Query} query
 * @param {{ timeoutMs: number, profile: boolean, profileDir?: string }} options
 * @returns {Promise<QueryRun>}
 */
export async function measureQuery(browser, url, query, options) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {{ url: string, bytes: number, phase: 'page' | 'search' }[]} */
  const traffic = [];
  let phase = /** @type {'page' | 'search'} */ ('page');
  const pending = new Set();
  context.on('request', (request) => {
    const entry = { url: request.url(), bytes: 0, phase };
    traffic.push(entry);
    const done = request
      .response()
      .then((r) => r?.finished())
      .then(() => request.sizes())
      .then((s) => void (entry.bytes = s.responseBodySize + s.responseHeadersSize))
      .catch(() => {});
    pending.add(done);
    done.finally(() => pending.delete(done));
  });
  const cdp = options.profile ? await context.newCDPSession(page) : null;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => customElements.whenDefined('pagefind-input'));
  // The UI loads Pagefind and its filters on the first search, or earlier with `preload`.
  await page.waitForLoadState('networkidle');
  phase = 'search';
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const timing = await runInPage(page, query, options.timeoutMs);
  const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
  await Promise.all([...pending]);
  await context.close();
  if (process.env.SEARCH_BENCH_VERBOSE) for (const e of traffic) console.error(`${e.phase}\t${e.bytes}\t${new URL(e.url).pathname}`);
  if (profile && options.profileDir) {
    mkdirSync(options.profileDir, { recursive: true });
    writeFileSync(path.join(options.profileDir, `${query.name}.cpuprofile`), JSON.stringify(profile));
  }
  /** @param {(e: typeof traffic[number]) => boolean} keep @returns {Traffic} */
  const sum = (keep) => traffic.filter(keep).reduce((t, e) => ({ requests: t.requests + 1, bytes: t.bytes + e.bytes }), { requests: 0, bytes: 0 });
  return {
    query,
    results: timing.resultCount,
    firstResultMs: Math.round(timing.at - (timing.searchStart || timing.typed)),
    inputToFirstResultMs: Math.round(timing.at - timing.typed),
    page: sum((e) => e.phase === 'page'),
    search: sum((e) => e.phase === 'search'),
    total: sum(() => true),
    pagefind: sum((e) => /\/pagefind\//.test(new URL(e.url).pathname)),
    longestTaskMs: Math.round(timing.longestTask),
    ...(profile ? { profileTop: summarizeCpuProfile(profile, 12) } : {}),
  };
}

/**
 * Serves `dist` and measures each query `runs` times; figures are medians over the runs.
 * @param {{ dist: string, base: string, queries: Query[], runs: number, timeoutMs: number, profileDir?: string, chromium: string }} options
 */
export async function measureQueries(options) {
  const server = await startServer({ root: options.dist, base: options.base });
  const browser = await chromium.launch({ executablePath: options.chromium, args: CHROMIUM_ARGS });
  try {
    const url = `${server.url}search/`;
    const out = [];
    for (const query of options.queries) {
      /** @type {QueryRun[]} */
      const runs = [];
      for (let i = 0; i < options.runs; i++) runs.push(await measureQuery(browser, url, query, { timeoutMs: options.timeoutMs, profile: Boolean(options.profileDir) && i === 0, profileDir: options.profileDir }));
      const first = runs[0];
      out.push({
        ...first,
        firstResultMs: median(runs.map((r) => r.firstResultMs)),
        inputToFirstResultMs: median(runs.map((r) => r.inputToFirstResultMs)),
        longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
        runs: runs.map((r) => ({ firstResultMs: r.firstResultMs, inputToFirstResultMs: r.inputToFirstResultMs })),
      });
    }
    return { url, measuredAt: new Date().toISOString(), queries: out };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (b) => (b / 1000).toFixed(0);

/** One line per query, for the terminal. */
export function formatReport(report) {
  return report.queries
    .map((q) => `${q.query.name.padEnd(9)} ${JSON.stringify(q.query.term).padEnd(16)} ${String(q.results).padStart(6)} results  first ${String(q.firstResultMs).padStart(5)} ms (input ${q.inputToFirstResultMs} ms)  pagefind ${q.pagefind.requests} req ${kb(q.pagefind.bytes)} KB  page+search ${q.total.requests} req ${kb(q.total.bytes)} KB  longest task ${q.longestTaskMs} ms`)
    .join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseQueryArgs(process.argv.slice(2));
  if (options.help) {
    console.log((await import('./query-args.mjs')).USAGE);
    process.exit(0);
  }
  const report = await measureQueries({ ...options, queries: options.queries ?? DEFAULT_QUERIES });
  console.log(formatReport(report));
  if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
}
