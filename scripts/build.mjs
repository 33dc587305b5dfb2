#!/usr/bin/env node
/**
 * `npm run build`: `astro build` with a V8 heap limit sized to the archive.
 * Left alone, V8 lets the heap grow to a quarter of the machine's memory before a full
 * collection, so a 10,000-article build peaked anywhere from 0.9 to 1.8 GB while its live
 * data stayed near 150 MB (Astro's render garbage, collected late). A limit that grows with
 * the content keeps the peak down without starving larger archives: the most live data seen,
 * during Vite's bundling of the content store, was about 9.5 bytes per byte of content.
 * The young generation is raised from V8's default to YOUNG_SEMI_SPACE_MB: Astro's render
 * garbage then dies young instead of being promoted, and a cold 10,000-article build peaked at
 * 1.13–1.15 GiB instead of 1.37–1.41 GiB (three pairs of runs, same wall time; bench/RESULTS.md).
 * Flags given in NODE_OPTIONS win. Extra arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MB = 2 ** 20;

/** Heap limit in MB for `contentBytes` of article files. */
export function heapLimitMb(contentBytes) {
  return Math.ceil(384 + (8 * contentBytes) / MB);
}

/** The young generation's semi-space size, in MB, that the build runs with. */
export const YOUNG_SEMI_SPACE_MB = 32;

/**
 * The V8 flags for a build of `contentBytes` of articles: each of the heap limit and the
 * semi-space size, unless `nodeOptions` (the NODE_OPTIONS the build inherits) sets it already.
 */
export function v8Flags(contentBytes, nodeOptions = '') {
  const flags = [];
  if (!setsHeapLimit(nodeOptions)) flags.push(`--max-old-space-size=${heapLimitMb(contentBytes)}`);
  if (!/--max-semi-space-size/.test(nodeOptions)) flags.push(`--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`);
  return flags;
}
const setsHeapLimit = (nodeOptions) => /--max-old-space-size/.test(nodeOptions);

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

/**
 * What to do about a build that failed for want of memory or on one of V8's size limits, from
 * the end of its output; null for any other failure (whose own message then stands).
 */
export function explainFailure(outputTail, heapMb) {
  const limit = heapMb ? `the ${heapMb} MB heap this launcher chose for the content` : 'the heap limit in NODE_OPTIONS';
  if (/heap out of memory|Reached heap limit|Allocation failed/i.test(outputTail)) {
    return `The build ran out of memory within ${limit}. Raise it, e.g. NODE_OPTIONS=--max-old-space-size=${Math.max(4096, (heapMb ?? 2048) * 2)} npm run build, on a machine with that much free memory; or lower SEARCH_PART_SIZE if it failed while indexing (news-pagefind), or split the archive into several sites.`;
  }
  if (/Invalid string length|Array buffer allocation failed|Cannot create a string longer/i.test(outputTail)) {
    return 'The build hit a V8 size limit (a single string or buffer over ~512 MB): the content collection is too large for one piece. Set experimental.collectionStorage "chunked" in astro.config.mjs (off by default: it is slower), or split very large files or the archive into several sites.';
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // CONTENT_DIR and its default as in src/lib/config.ts, which a plain .mjs script cannot import.
  const contentDir = path.resolve(root, process.env.CONTENT_DIR?.trim() || 'content');
  const nodeOptions = process.env.NODE_OPTIONS ?? '';
  const contentBytes = folderBytes(contentDir);
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const heapMb = setsHeapLimit(nodeOptions) ? null : heapLimitMb(contentBytes);
  // Output is passed through as it comes; its end is kept to explain a failure.
  const child = spawn(process.execPath, [...v8Flags(contentBytes, nodeOptions), astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'], cwd: root });
  let tail = '';
  const keep = (stream, out) => stream.on('data', (chunk) => {
    out.write(chunk);
    tail = (tail + chunk.toString()).slice(-16_384);
  });
  keep(child.stdout, process.stdout);
  keep(child.stderr, process.stderr);
  child.on('close', (code, signal) => {
    if (code !== 0) {
      const advice = explainFailure(tail, heapMb);
      if (advice) console.error(`\n${advice}`);
    }
    process.exitCode = code ?? 1;
  });
}
