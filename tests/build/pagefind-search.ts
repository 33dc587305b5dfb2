/**
 * Runs a built site's Pagefind bundle in a child Node process, as the search page does in
 * a browser: the primary bundle, with every bundle the page lists in data-merge-bundles
 * merged in. dist/ is served under the base path through a fetch stand-in.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MERGE_ATTRIBUTE, mergeIndexOptions, type MergeIndexOption } from '../../src/lib/search/merge.ts';
import { pagefindConfigAttributes } from '../../src/lib/search/page-attributes.ts';

/** The mergeIndex options the built search page gives the Component UI. */
export function pageMergeOptions(dist: string): MergeIndexOption[] {
  const attrs = pagefindConfigAttributes(readFileSync(path.join(dist, 'search', 'index.html'), 'utf8'));
  return mergeIndexOptions(attrs[MERGE_ATTRIBUTE], attrs['base-url']);
}

/**
 * `calls` is the body of an async function with `pf` (the Pagefind API) and `urls(search)`
 * (a search's result URLs, sorted) in scope; its return value comes back as JSON.
 */
export function searchSite(dist: string, base: string, calls: string): unknown {
  const script = `
    import { readFile } from 'node:fs/promises';
    import path from 'node:path';
    import { pathToFileURL } from 'node:url';
    const dist = ${JSON.stringify(dist)}, base = ${JSON.stringify(base)};
    globalThis.fetch = async (url) => {
      const p = new URL(String(url), 'https://example.org').pathname;
      if (!p.startsWith(base)) return new Response(null, { status: 404 });
      try { return new Response(await readFile(path.join(dist, decodeURIComponent(p.slice(base.length))))); }
      catch { return new Response(null, { status: 404 }); }
    };
    const pf = await import(pathToFileURL(path.join(dist, 'pagefind/pagefind.js')).href);
    await pf.options({ basePath: base + 'pagefind/' });
    for (const { bundlePath, ...options } of ${JSON.stringify(pageMergeOptions(dist))}) await pf.mergeIndex(bundlePath, options);
    const urls = async (s) => (await Promise.all(s.results.map((r) => r.data()))).map((d) => d.url).sort();
    const out = await (async () => { ${calls} })();
    process.stdout.write(JSON.stringify(out));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`search script failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}
