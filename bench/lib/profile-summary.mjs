// Aggregates a V8 .cpuprofile (node --cpu-prof) by self time: per function and per package.
// Usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [--top 25]   (prints Markdown tables)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number, endTime: number }} CpuProfile
 * @typedef {{ name: string, selfMs: number, share: number }} Row
 */

/**
 * Groups a script URL: an npm package name ("astro", "@astrojs/sitemap"), "node:internal" for
 * Node's own code, "app:bundled pages" for the page bundle Astro builds and runs,
 * "app:<folder>/<subfolder>", "wasm" or "other:<file>". Frames without a URL are V8's own
 * entries ("(idle)", "(garbage collector)", "(program)") or "(native)" built-ins such as fs calls.
 */
export function packageOf(url, functionName = '') {
  if (!url) return /^\((idle|garbage collector|program|root)\)$/.test(functionName) ? functionName : '(native)';
  if (url.startsWith('wasm:')) return 'wasm';
  if (url.startsWith('node:')) return 'node:internal';
  const path = url.replace(/^file:\/\//, '').replace(/\?.*$/, ''); // Vite adds ?time=… to reloaded modules
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  // Astro bundles pages, with its runtime and our src/ code, into <outDir>/chunks and /pages.
  if (/\/(chunks|pages)\/[^/]+\.mjs$/.test(path) || /\/chunks\/astro\//.test(path)) return 'app:bundled pages';
  const src = path.match(/\/(src|bench|dist|\.astro)\/(.*)$/);
  if (src) return `app:${src[1]}/${src[2].split('/')[0]}`;
  return `other:${path.split('/').slice(-2).join('/')}`;
}

/** "fn (file:line)" with the path shortened to what follows node_modules/ or the project root. */
export function functionLabel(frame) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const path = frame.url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const nm = path.lastIndexOf('/node_modules/');
  const bundled = path.match(/\/((?:chunks|pages)\/.*)$/);
  const short = nm >= 0 ? path.slice(nm + '/node_modules/'.length) : bundled ? `<outDir>/${bundled[1]}` : path.replace(/^.*?\/(src|bench|dist)\//, '$1/');
  return `${name} (${short}:${frame.lineNumber + 1})`;
}

/**
 * Self time per node from samples × time deltas; then summed by function label and by package.
 * @param {CpuProfile} profile
 * @param {number} [top]
 * `inclusive` is each function's time including what it called (counted once when it recurses),
 * which shows the build's phases.
 * @returns {{ totalMs: number, byFunction: Row[], byPackage: Row[], inclusive: Row[] }}
 */
export function summarizeProfile(profile, top = 20) {
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  // timeDeltas[i] is the gap before sample i; attributing it to sample i is what DevTools does.
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));
  let totalUs = 0;
  const byFn = new Map();
  const byPkg = new Map();
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    totalUs += us;
    const fn = functionLabel(frame);
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
    const pkg = packageOf(frame.url, frame.functionName);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us);
  }
  // Inclusive: walk the call tree, crediting each node's self time to every distinct function on its path.
  const incl = new Map();
  const root = profile.nodes[0];
  /** @type {[ProfileNode, Set<string>][]} */
  const stack = root ? [[root, new Set()]] : [];
  while (stack.length) {
    const [node, onPath] = /** @type {[ProfileNode, Set<string>]} */ (stack.pop());
    const label = functionLabel(node.callFrame);
    const path = onPath.has(label) ? onPath : new Set([...onPath, label]);
    const us = selfUs.get(node.id) ?? 0;
    if (us) for (const l of path) incl.set(l, (incl.get(l) ?? 0) + us);
    for (const c of node.children ?? []) {
      const child = nodes.get(c);
      if (child) stack.push([child, path]);
    }
  }
  incl.delete('(root)');
  const rows = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, byFunction: rows(byFn), byPackage: rows(byPkg), inclusive: rows(incl) };
}

/** @param {Row[]} rows @param {string} heading @param {string} [msHeading] */
export function rowsToMarkdown(rows, heading, msHeading = 'Self ms') {
  const lines = [`| ${heading} | ${msHeading} | Share |`, '| --- | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.name.replace(/\|/g, '\\|')} | ${Math.round(r.selfMs).toLocaleString('en-US')} | ${(r.share * 100).toFixed(1)}% |`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--top');
  if (!file) {
    console.error('usage: node bench/lib/profile-summary.mjs <file.cpuprofile> [--top 25]');
    process.exit(2);
  }
  const topIdx = args.indexOf('--top');
  const top = topIdx >= 0 ? Number(args[topIdx + 1]) : 25;
  const s = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), top);
  console.log(`Sampled ${(s.totalMs / 1000).toFixed(1)} s of main-thread time\n`);
  console.log(rowsToMarkdown(s.byPackage, 'Package'));
  console.log();
  console.log(rowsToMarkdown(s.byFunction, 'Function'));
  console.log();
  console.log(rowsToMarkdown(s.inclusive, 'Function, with what it calls', 'Total ms'));
}
