#!/usr/bin/env node
/**
 * `npm run build`: `astro build` with a V8 heap limit sized to the archive.
 * Left alone, V8 lets the heap grow to a quarter of the machine's memory before a full
 * collection, so a 10,000-article build peaked anywhere from 0.9 to 1.8 GB while its live
 * data stayed near 150 MB (Astro's render garbage, collected late). A limit that grows with
 * the content keeps the peak down without starving larger archives: the most live data seen,
 * during Vite's bundling of the content store, was about 9.5 bytes per byte of content.
 * A limit given in NODE_OPTIONS wins. Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MB = 2 ** 20;

/** Heap limit in MB for `contentBytes` of article files. */
export function heapLimitMb(contentBytes) {
  return Math.ceil(384 + (8 * contentBytes) / MB);
}

/** Total size of the files below `dir`; 0 when it does not exist (the build then says why). */
export function folderBytes(dir) {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    return 0;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // CONTENT_DIR and its default as in src/lib/config.ts, which a plain .mjs script cannot import.
  const contentDir = path.resolve(root, process.env.CONTENT_DIR?.trim() || 'content');
  const limited = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
  const heapFlag = limited ? [] : [`--max-old-space-size=${heapLimitMb(folderBytes(contentDir))}`];
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [...heapFlag, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  process.exitCode = result.status ?? 1;
}
