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

/**
 * Every file below `dir` relative to it (with `/`), each with its full path, folder by folder.
 * A walk of our own: Node's recursive readdir stats every file to see whether it is a link to a
 * folder (and path.relative() on each result is slow too), which doubled the cost of the four
 * listings of a no-change build (~25,000 files each at 10,000 articles). Links to folders are
 * followed, as Node's walk does; links to files are not files (Dirent.isFile()), as before.
 */
export function* listFiles(dir: string): Generator<[rel: string, file: string]> {
  const rels = [''];
  const abss = [path.resolve(dir)];
  for (let q = 0; q < rels.length; q++) {
    const rel = rels[q]!;
    const abs = abss[q]!;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const file = abs + path.sep + e.name;
      if (e.isFile()) yield [r, file];
      else if (e.isDirectory() || (e.isSymbolicLink() && statSync(file, { throwIfNoEntry: false })?.isDirectory())) {
        rels.push(r);
        abss.push(file);
      }
    }
  }
}

/** Every file below `dir` with its size and time; empty when it does not exist. */
export function snapshotOutput(dir: string): OutputSnapshot {
  const snapshot: OutputSnapshot = new Map();
  if (!existsSync(dir)) return snapshot;
  for (const [rel, file] of listFiles(dir)) {
    if (SPARED.has(rel.split('/', 1)[0]!)) continue;
    snapshot.set(rel, stamp(file));
  }
  return snapshot;
}

export type OutputCheck = { keep: true; snapshot: OutputSnapshot } | { keep: false; reason: string };

/** Whether `outDir` is exactly as the last build left it, by the record in `cacheDir`. */
export function checkOutput(outDir: string, cacheDir: string): OutputCheck {
  let sealed: { version: number; outDir: string; files: Record<string, string> };
  try {
    sealed = JSON.parse(readFileSync(path.join(cacheDir, OUTPUT_SEAL_FILE), 'utf8'));
  } catch {
    return { keep: false, reason: 'no record of the last build’s output' };
  }
  if (sealed.version !== OUTPUT_SEAL_VERSION || typeof sealed.files !== 'object' || sealed.files === null) return { keep: false, reason: 'the record of the last output is of another version' };
  if (sealed.outDir !== path.resolve(outDir)) return { keep: false, reason: `the last build wrote to ${sealed.outDir}` };
  const snapshot = snapshotOutput(outDir);
  const names = Object.keys(sealed.files);
  if (names.length !== snapshot.size) return { keep: false, reason: `it holds ${snapshot.size} files where the last build left ${names.length}` };
  const changed = names.find((f) => snapshot.get(f) !== sealed.files[f]);
  if (changed !== undefined) return { keep: false, reason: `${changed} is not as the last build left it` };
  return { keep: true, snapshot };
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
 * write (pruneStaleOutput) and records the rest (sealOutput), from one listing of the folder.
 */
export function settleOutput(outDir: string, cacheDir: string, before: OutputSnapshot, kept: ReadonlySet<string>): { stale: string[]; files: number } {
  const now = snapshotOutput(outDir);
  const stale = pruneStaleOutput(outDir, before, kept, undefined, now);
  return { stale, files: sealOutput(outDir, cacheDir, now) };
}

/**
 * Pages: once Astro has generated them, a stale one must go before the integrations that read
 * the site's pages (the search index) run; other stale files can wait until every
 * integration has written its own (the index, the sitemap), so files rewritten then are not
 * deleted first.
 */
export const isPage = (rel: string) => rel.endsWith('.html');

/** Records `outDir` as it is now (`now`, when just taken), for checkOutput before the next build. */
export function sealOutput(outDir: string, cacheDir: string, now: OutputSnapshot = snapshotOutput(outDir)): number {
  const files = Object.fromEntries(now);
  writeFileSync(path.join(cacheDir, OUTPUT_SEAL_FILE), JSON.stringify({ version: OUTPUT_SEAL_VERSION, outDir: path.resolve(outDir), files }));
  return Object.keys(files).length;
}
