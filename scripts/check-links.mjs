#!/usr/bin/env node
// Broken-reference checker for a built site: every link, image, stylesheet, script, feed and
// sitemap address on the site's own origin must resolve to a file under the base path, and
// every #fragment to an id in its target. Other origins are not fetched.
// Usage: node scripts/check-links.mjs [dir=dist] [--base /news/] [--origin https://example.org]
// Without flags, origin and base come from the home page's canonical link.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './lib/files.mjs';
import { extractHtmlRefs, extractIds, extractOriginUrls, pageUrl, resolveRef, rssItems, siteFromCanonical } from './lib/links.mjs';

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const givenBase = option('--base');
const givenOrigin = option('--origin');
const dir = path.resolve(args[0] ?? 'dist');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`check-links: ${dir} holds no built site; build it first`);
  process.exit(2);
}
const fromCanonical = siteFromCanonical(readFileSync(path.join(dir, 'index.html'), 'utf8'));
const origin = (givenOrigin ?? fromCanonical?.origin ?? '').replace(/\/$/, '');
const base = givenBase ? `/${givenBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : (fromCanonical?.base ?? '/');
if (!origin) {
  console.error('check-links: no --origin given and the home page has no canonical link');
  process.exit(2);
}
const site = { origin, base };

/** @type {Map<string, Set<string> | null>} ids per HTML file, null for missing files */
const idCache = new Map();
/** @param {string} file */
function idsOf(file) {
  if (!idCache.has(file)) idCache.set(file, extractIds(readFileSync(path.join(dir, file), 'utf8')));
  return idCache.get(file);
}
/** @param {string} file */
const isFile = (file) => existsSync(path.join(dir, file)) && statSync(path.join(dir, file)).isFile();

/** @type {string[]} */
const problems = [];
let checked = 0;
const seen = new Set();

/** @param {string} file the referring file @param {string} label @param {string} ref @param {string} from */
function check(file, label, ref, from) {
  // A feed names an article's address twice (link and content); report it once per file.
  const key = `${file} ${URL.canParse(ref, from) ? new URL(ref, from).href : ref}`;
  if (seen.has(key)) return;
  seen.add(key);
  const target = resolveRef(ref, from, site);
  if (target.kind === 'external' || target.kind === 'skip') return;
  checked++;
  if (target.kind === 'broken') return void problems.push(`${file}: ${label} "${ref}": ${target.reason}`);
  if (!isFile(target.file)) {
    const folder = isFile(`${target.file}/index.html`);
    return void problems.push(`${file}: ${label} "${ref}": ${folder ? `needs a trailing slash (${target.pathname}/)` : `no file ${target.file}`}`);
  }
  if (target.fragment && target.file.endsWith('.html') && !idsOf(target.file)?.has(target.fragment)) {
    problems.push(`${file}: ${label} "${ref}": no id "${target.fragment}" in ${target.file}`);
  }
}

for (const file of listFiles(dir, ['.html'])) {
  // The 404 page is served at every missing address, so only absolute paths work from it.
  const is404 = /(^|\/)404\.html$/.test(file);
  const from = pageUrl(file, site);
  for (const ref of extractHtmlRefs(readFileSync(path.join(dir, file), 'utf8'))) {
    if (is404 && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref.value.trim())) {
      problems.push(`${file}: ${ref.attr} "${ref.value}": relative URL on the 404 page breaks at nested addresses`);
      continue;
    }
    check(file, ref.attr, ref.value, from);
  }
}

// Feeds, sitemaps and robots.txt: every address on this origin, and relative links in content.
for (const file of listFiles(dir, ['.xml', '.json', '.txt'])) {
  if (file.startsWith('pagefind/')) continue;
  const text = readFileSync(path.join(dir, file), 'utf8');
  for (const url of extractOriginUrls(text, origin)) check(file, 'URL', url, url);
  if (file.endsWith('.xml')) {
    for (const item of rssItems(text)) for (const ref of extractHtmlRefs(item.html)) check(file, `content ${ref.attr}`, ref.value, item.link || pageUrl('', site));
  }
  if (file.endsWith('.json') && text.includes('jsonfeed.org')) {
    for (const item of JSON.parse(text).items ?? []) {
      for (const ref of extractHtmlRefs(item.content_html ?? '')) check(file, `content_html ${ref.attr}`, ref.value, item.url ?? pageUrl('', site));
    }
  }
}

for (const problem of problems) console.log(problem);
console.log(`${problems.length ? `${problems.length} broken reference(s)` : 'no broken references'} among ${checked} internal references (origin ${origin}, base ${base})`);
process.exit(problems.length ? 1 : 0);
