#!/usr/bin/env node
// Builds the search index of an already built site again, without Astro: the project's Pagefind
// integration (src/lib/search/integration.ts, bundled with esbuild) over dist/articles/*, in parts,
// with a cache folder. --retarget first rewrites the search page's list of merged parts for the
// pages present (for a dist made bigger by copying article pages, see bench/README.md).
// Usage: node bench/search/index-dist.mjs --dist DIR --cache DIR [--base /] [--part-size 1000] [--retarget]
// The part size is the smallest part, as SEARCH_PART_SIZE (default: the build's, parts.ts DEFAULT_PART_SIZE).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args[i + 1];
};
const dist = path.resolve(opt('--dist', ''));
const cache = path.resolve(opt('--cache', ''));
const base = opt('--base', '/');
if (!opt('--dist') || !opt('--cache')) throw new Error('usage: --dist DIR --cache DIR [--base /] [--part-size 1000] [--retarget]');

// Inside the project, so the bundle's bare imports (pagefind, linkedom) resolve to node_modules.
mkdirSync('bench/.work', { recursive: true });
const tmp = mkdtempSync(path.resolve('bench/.work/index-dist-'));
const bundle = path.join(tmp, 'search.mjs');
await build({ stdin: { contents: "export { default as pagefind } from './src/lib/search/integration.ts'; export { DEFAULT_PART_SIZE, planParts, pageDate } from './src/lib/search/parts.ts'; export { withBase } from './src/lib/site/urls.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'error' });
const { pagefind, DEFAULT_PART_SIZE, planParts, pageDate, withBase } = await import(pathToFileURL(bundle).href);
const partSize = Number(opt('--part-size', String(DEFAULT_PART_SIZE)));

if (args.includes('--retarget')) {
  const folder = path.join(dist, 'articles');
  const pages = readdirSync(folder).map((slug) => ({ slug, date: pageDate(readFileSync(path.join(folder, slug, 'index.html'), 'utf8')) }));
  const parts = planParts(pages, partSize);
  const merged = parts.filter((p) => !p.primary).map((p) => withBase(base, p.dir));
  // Each part's oldest date, in the page's order (as src/pages/search.astro writes it), for the date sort.
  const dates = new Map(pages.map((p) => [p.slug, p.date ?? '']));
  const oldest = parts.map((p) => p.slugs.reduce((min, slug) => (dates.get(slug) < min ? dates.get(slug) : min), '9999-12-31'));
  const attr = (list) => JSON.stringify(list).replace(/"/g, '&#34;');
  const file = path.join(dist, 'search', 'index.html');
  const html = readFileSync(file, 'utf8')
    .replace(/data-merge-bundles="[^"]*"/, `data-merge-bundles="${attr(merged)}"`)
    .replace(/data-part-oldest="[^"]*"/, `data-part-oldest="${attr(oldest)}"`);
  writeFileSync(file, html);
}

const started = performance.now();
const integration = pagefind({ forceLanguage: 'en', partSize });
const logger = { info: (m) => console.log(m), warn: (m) => console.warn(m), error: (m) => console.error(m) };
await integration.hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${cache}/`), outDir: pathToFileURL(`${dist}/`), base } });
await integration.hooks['astro:build:done']({ dir: pathToFileURL(`${dist}/`), logger });
console.log(`index written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
rmSync(tmp, { recursive: true, force: true });
