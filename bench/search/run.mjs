#!/usr/bin/env node
// What `npm run bench` (bench/run.mjs) calls after each size's build: the query figures of that
// build as Markdown lines for bench/RESULTS.md. The base path is read from the built search page.
// Usage: node bench/search/run.mjs --dist DIR [--n 10000] [--runs 1] [--json FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureQueries } from './measure-queries.mjs';
import { DEFAULT_QUERIES } from './query-args.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const dist = opt('--dist');
if (!dist) throw new Error('usage: node bench/search/run.mjs --dist DIR [--n N] [--runs 1] [--json FILE]');
const page = readFileSync(path.join(dist, 'search', 'index.html'), 'utf8');
const bundle = page.match(/<pagefind-config[^>]*\sbundle-path="([^"]+)"/)?.[1] ?? '/pagefind/';
const base = bundle.replace(/pagefind\/$/, '');
const parts = (page.match(/data-merge-bundles="([^"]*)"/)?.[1].match(/part-/g) ?? []).length + 1;
const report = await measureQueries({ dist, base, queries: DEFAULT_QUERIES, runs: Number(opt('--runs', '1')), timeoutMs: 60000, chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
if (opt('--json')) writeFileSync(opt('--json'), `${JSON.stringify({ n: Number(opt('--n', '0')), parts, ...report }, null, 2)}\n`);
const kb = (b) => (b / 1000).toFixed(0);
console.log(`${parts} index part(s); cold cache, loopback, headless Chromium; time from the search starting (after the input's 300 ms debounce) to the first result shown.\n`);
console.log('| query | results | first result ms | Pagefind requests | Pagefind KB | page + query requests | page + query KB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const q of report.queries) {
  const label = `${q.query.name}: \`${q.query.term}\`${q.query.filters ? ` ${JSON.stringify(q.query.filters)}` : ''}${q.query.sort ? ` sort ${JSON.stringify(q.query.sort)}` : ''}`;
  console.log(`| ${label} | ${q.results} | ${q.firstResultMs} | ${q.pagefind.requests} | ${kb(q.pagefind.bytes)} | ${q.total.requests} | ${kb(q.total.bytes)} |`);
}
