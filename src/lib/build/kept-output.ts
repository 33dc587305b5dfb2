/**
 * Keeping the output folder between builds. Astro empties it before every build and then
 * copies each page it can skip back from its cache; at 10,000 articles deleting and copying
 * back ~25,000 files was the largest share of a build with nothing changed. With Vite's
 * `emptyOutDir: false` (astro.config.mjs), Astro leaves a skipped page where it is, so the
 * folder must then be exactly what the last build left, or a stale page would be served:
 *
 * - after a build, the size and modification time of every file it holds are written to
 *   OUTPUT_SEAL_FILE in the cache folder (which the cache seal covers in turn);
 * - before the next, the folder is kept only if it matches that record exactly and the cache
 *   is intact; otherwise it is emptied, as Astro would have done, and pages are restored from
 *   the cache or rendered;
 * - after that build, files left from the last one that this build neither wrote nor kept as
 *   a skipped page (Astro's incremental manifest lists those) are deleted: the page of a
 *   removed article, an old asset. So the folder holds what a cold build would write.
 */
import { existsSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { basisFromRecord, recordOfDirs, walkTree, type TreeListing, type WalkBasis } from './tree-walk.ts';

export const OUTPUT_SEAL_FILE = 'output-seal.json';
const OUTPUT_SEAL_VERSION = 1;
/** Astro's record of the pages of the last build (node_modules/astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST_FILE = 'incremental-build.json';
/** Astro never empties a .git folder in the output; neither does this. */
const SPARED = new Set(['.git']);

/** Relative path (with `/`) → `size:mtimeMs` of every file below `dir`. */
export type OutputSnapshot = Map<string, string>;

const stamp = (file: string) => {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
};

/** Every file below `dir` with its size and time (from `listing`, the folder as walked); empty when it does not exist. */
export function snapshotOutput(dir: string, listing: TreeListing = walkTree(dir)): OutputSnapshot {
  const snapshot: OutputSnapshot = new Map();
  listing.files.forEach((rel, i) => {
    if (!SPARED.has(rel.split('/', 1)[0]!)) snapshot.set(rel, `${listing.sizes[i]}:${listing.mtimes[i]}`);
  });
  return snapshot;
}

export type OutputCheck = { keep: true; snapshot: OutputSnapshot; /** the folder as walked, a basis for the next walk */ listing: TreeListing } | { keep: false; reason: string };

/** The record of the last output (in the cache folder), which also holds the basis of its next walk (tree-walk.ts). */
export const outputSealFileOf = (cacheDir: string) => path.join(cacheDir, OUTPUT_SEAL_FILE);

/** Whether `outDir` (as walked: `listing`) is exactly as the last build left it, by the record in `cacheDir`. */
export function checkOutput(outDir: string, cacheDir: string, listing?: TreeListing): OutputCheck {
  let sealed: { version: number; outDir: string; files: Record<string, string> };
  try {
    sealed = JSON.parse(readFileSync(outputSealFileOf(cacheDir), 'utf8'));
  } catch {
    return { keep: false, reason: 'no record of the last build’s output' };
  }
  if (sealed.version !== OUTPUT_SEAL_VERSION || typeof sealed.files !== 'object' || sealed.files === null) return { keep: false, reason: 'the record of the last output is of another version' };
  if (sealed.outDir !== path.resolve(outDir)) return { keep: false, reason: `the last build wrote to ${sealed.outDir}` };
  listing ??= walkTree(outDir, basisFromRecord(sealed));
  const snapshot = snapshotOutput(outDir, listing);
  const names = Object.keys(sealed.files);
  if (names.length !== snapshot.size) return { keep: false, reason: `it holds ${snapshot.size} files where the last build left ${names.length}` };
  const changed = names.find((f) => snapshot.get(f) !== sealed.files[f]);
  if (changed !== undefined) return { keep: false, reason: `${changed} is not as the last build left it` };
  return { keep: true, snapshot, listing };
}

/** Empties `outDir` (keeping the folder and any .git), as Astro does before a build. */
export function emptyOutput(outDir: string): void {
  if (!existsSync(outDir)) return;
  for (const name of readdirSync(outDir)) if (!SPARED.has(name)) rmSync(path.join(outDir, name), { recursive: true, force: true });
}

/** The output files of the pages Astro recorded in its incremental manifest, relative to outDir. */
export function recordedPages(cacheDir: string): Set<string> {
  const pages = new Set<string>();
  let manifest: { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, ASTRO_MANIFEST_FILE), 'utf8'));
  } catch {
    return pages;
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) if (entry.outputFile) pages.add(decodeURI(entry.outputFile));
  }
  return pages;
}

/**
 * Deletes the files of `before` (the folder as this build found it) that are still exactly as
 * they were and are not among `kept` (pages this build skipped and left in place): nothing in
 * this build wrote them, so a cold build would not have them. Folders left empty go too.
 * `only` limits it to some files (see isPage). `now`, the folder as it is (snapshotOutput), spares
 * a stat per file and loses the deleted ones. Returns the deleted files.
 */
export function pruneStaleOutput(outDir: string, before: OutputSnapshot, kept: ReadonlySet<string>, only: (rel: string) => boolean = () => true, now?: OutputSnapshot): string[] {
  const stale: string[] = [];
  for (const [rel, was] of before) {
    if (kept.has(rel) || !only(rel)) continue;
    const file = path.join(outDir, rel);
    if (now ? now.get(rel) !== was : !existsSync(file) || stamp(file) !== was) continue;
    rmSync(file);
    now?.delete(rel);
    stale.push(rel);
  }
  const folders = new Set(stale.map((rel) => path.dirname(rel)));
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    for (let f = folder; f !== '.'; f = path.dirname(f)) {
      const abs = path.join(outDir, f);
      if (!existsSync(abs) || readdirSync(abs).length) break;
      rmdirSync(abs);
    }
  }
  return stale.sort();
}

/**
 * After a build that kept the folder: deletes what the last build left and this one did not
 * write (pruneStaleOutput) and records the rest (sealOutput), from one listing of the folder
 * (walked on `basis`, the listing of the check before the build, when given).
 */
export function settleOutput(outDir: string, cacheDir: string, before: OutputSnapshot, kept: ReadonlySet<string>, basis?: WalkBasis): { stale: string[]; files: number } {
  const listing = walkTree(outDir, basis);
  const now = snapshotOutput(outDir, listing);
  const stale = pruneStaleOutput(outDir, before, kept, undefined, now);
  return { stale, files: sealOutput(outDir, cacheDir, now, listing) };
}

/**
 * Pages: once Astro has generated them, a stale one must go before the integrations that read
 * the site's pages (the search index) run; other stale files can wait until every
 * integration has written its own (the index, the sitemap), so files rewritten then are not
 * deleted first.
 */
export const isPage = (rel: string) => rel.endsWith('.html');

/**
 * Records `outDir` as it is now (`now`, when just taken from `listing`), for checkOutput before
 * the next build, with the folders' times of that listing for the next walk.
 */
export function sealOutput(outDir: string, cacheDir: string, now?: OutputSnapshot, listing?: TreeListing): number {
  if (!now) {
    listing = walkTree(outDir);
    now = snapshotOutput(outDir, listing);
  }
  const files = Object.fromEntries(now);
  const walk = listing ? { dirs: recordOfDirs(listing), walkedAt: listing.walkedAt } : {};
  writeFileSync(outputSealFileOf(cacheDir), JSON.stringify({ version: OUTPUT_SEAL_VERSION, outDir: path.resolve(outDir), files, ...walk }));
  return Object.keys(files).length;
}
