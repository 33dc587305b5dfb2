/**
 * Every file below a folder with its size and modification time, for the cache guard's check and
 * seal (cache-seal.ts, kept-output.ts). A no-change build walks the cache and the output folder
 * twice each (~55,000 files at 10,000 articles); `walkTreeInWorker` walks one in a worker thread,
 * so the two folders are read at once, or the cache is read while Astro is still loading its
 * config. This file and tree-walk-worker.ts import nothing but Node's own modules, and use only
 * types Node strips itself, so the worker runs them as they are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Files relative to the walked folder (with `/`), in walk order, with their sizes and times (ms). */
export interface TreeListing {
  files: string[];
  sizes: number[];
  mtimes: number[];
  /** Every folder walked (the folder itself as ''), with its modification time. */
  dirs: string[];
  dirMtimes: number[];
  /** When the walk began (ms since the epoch). */
  walkedAt: number;
}

/**
 * What a later walk may take from an earlier one (a listing, or the record a seal keeps of it):
 * each folder's time and the files that were in it. A folder whose time is still the one recorded
 * holds the same names (adding, removing or renaming an entry sets the folder's time), so its
 * files are stat'ed without reading the folder again: a file written in place changes its own
 * time, which the stat sees. Only times older than the walk by RACY_MS are trusted, since a folder
 * changed again within the clock's step (coarse on some file systems) would show the same time.
 */
export interface WalkBasis {
  walkedAt: number;
  dirs: Record<string, number>;
  files: readonly string[];
}
const RACY_MS = 2000;

/** The basis of a finished walk, to record beside it (a seal) or to pass to the next walk. */
export function basisOf(listing: TreeListing): WalkBasis {
  return { walkedAt: listing.walkedAt, dirs: recordOfDirs(listing), files: listing.files };
}

/** The folders of a listing as a record (relative path → time), as seals store them. */
export function recordOfDirs(listing: TreeListing): Record<string, number> {
  const dirs: Record<string, number> = {};
  listing.dirs.forEach((rel, i) => {
    dirs[rel] = listing.dirMtimes[i]!;
  });
  return dirs;
}

/**
 * The basis in a seal's record (`walkedAt`, `dirs`, and `files` keyed by path), or undefined
 * when it holds none (a seal of an older format: the folder is then read whole).
 */
export function basisFromRecord(record: unknown): WalkBasis | undefined {
  const r = record as { walkedAt?: unknown; dirs?: unknown; files?: unknown } | null;
  if (!r || typeof r.walkedAt !== 'number' || typeof r.dirs !== 'object' || r.dirs === null || typeof r.files !== 'object' || r.files === null) return undefined;
  if (!Object.values(r.dirs).every((t) => typeof t === 'number')) return undefined;
  return { walkedAt: r.walkedAt, dirs: r.dirs as Record<string, number>, files: Object.keys(r.files) };
}

/**
 * The files below `dir` with their sizes and times; empty when it does not exist. A walk of our
 * own, folder by folder: Node's recursive readdir stats every file to see whether it is a link to
 * a folder (and path.relative() on each result is slow too). Links to folders are followed, as
 * Node's walk does; links to files are not files (Dirent.isFile()). With a `basis` (see
 * WalkBasis), folders unchanged since it are not read again.
 */
export function walkTree(dir: string, basis?: WalkBasis): TreeListing {
  const listing: TreeListing = { files: [], sizes: [], mtimes: [], dirs: [], dirMtimes: [], walkedAt: Date.now() };
  const root = path.resolve(dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) return listing;
  const known = basis ? childrenOf(basis) : undefined;
  const rels = [''];
  const abss = [root];
  const addFile = (rel: string, size: number, mtimeMs: number) => {
    listing.files.push(rel);
    listing.sizes.push(size);
    listing.mtimes.push(mtimeMs);
  };
  for (let q = 0; q < rels.length; q++) {
    const rel = rels[q]!;
    const abs = abss[q]!;
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) continue; // a folder deleted during the walk
    listing.dirs.push(rel);
    listing.dirMtimes.push(st.mtimeMs);
    const recorded = known?.get(rel);
    if (recorded && basis!.dirs[rel] === st.mtimeMs && basis!.walkedAt - st.mtimeMs > RACY_MS && reuseFolder(root + path.sep, recorded, addFile, rels, abss)) continue;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      if (q > 0 && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const file = abs + path.sep + e.name;
      if (e.isFile()) {
        const fst = statSync(file, { throwIfNoEntry: false });
        if (fst) addFile(r, fst.size, fst.mtimeMs); // else deleted between the listing and the stat
      } else if (e.isDirectory() || (e.isSymbolicLink() && statSync(file, { throwIfNoEntry: false })?.isDirectory())) {
        rels.push(r);
        abss.push(file);
      }
    }
  }
  return listing;
}

/** Each recorded folder's files and subfolders by name. */
function childrenOf(basis: WalkBasis): Map<string, { files: string[]; dirs: string[] }> {
  const children = new Map<string, { files: string[]; dirs: string[] }>();
  for (const rel of Object.keys(basis.dirs)) children.set(rel, { files: [], dirs: [] });
  const parentOf = (rel: string) => {
    const cut = rel.lastIndexOf('/');
    return children.get(cut < 0 ? '' : rel.slice(0, cut));
  };
  for (const rel of Object.keys(basis.dirs)) if (rel) parentOf(rel)?.dirs.push(rel);
  for (const rel of basis.files) parentOf(rel)?.files.push(rel);
  return children;
}

/**
 * Takes a folder's entries from the basis (paths below `prefix`, the walked folder and a
 * separator): its files stat'ed, its subfolders queued. False (and
 * nothing added) if a recorded file is gone, which a folder with an unchanged time should not
 * allow: the folder is then read.
 */
function reuseFolder(
  prefix: string,
  recorded: { files: string[]; dirs: string[] },
  addFile: (rel: string, size: number, mtimeMs: number) => void,
  rels: string[],
  abss: string[],
): boolean {
  const full = (r: string) => prefix + (path.sep === '/' ? r : r.split('/').join(path.sep));
  const stats: { size: number; mtimeMs: number }[] = [];
  for (const f of recorded.files) {
    const st = statSync(full(f), { throwIfNoEntry: false });
    if (!st?.isFile()) return false;
    stats.push(st);
  }
  recorded.files.forEach((f, i) => addFile(f, stats[i]!.size, stats[i]!.mtimeMs));
  for (const d of recorded.dirs) {
    rels.push(d);
    abss.push(full(d));
  }
  return true;
}

/** Where a walk's basis comes from: a basis at hand, or the seal file that records one (read by whoever walks). */
export type BasisSource = WalkBasis | { recordFile: string } | undefined;

/** The basis of `source`; undefined when its record is missing, unreadable or holds none. */
export function resolveBasis(source: BasisSource): WalkBasis | undefined {
  if (!source || !('recordFile' in source)) return source;
  try {
    return basisFromRecord(JSON.parse(readFileSync(source.recordFile, 'utf8')));
  } catch {
    return undefined;
  }
}

const WORKER = new URL('./tree-walk-worker.ts', import.meta.url);

/**
 * walkTree(dir, basis) in a worker thread, which also reads the basis when it is a record file.
 * Where the worker cannot run (a Node that does not strip types, a bundle without the worker
 * file), the folder is walked on this thread instead: the same answer.
 */
export function walkTreeInWorker(dir: string, basis?: BasisSource): Promise<TreeListing> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      try {
        resolve(walkTree(dir, resolveBasis(basis)));
      } catch (error) {
        reject(error);
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER, { workerData: { dir, basis } });
    } catch {
      return fallBack();
    }
    worker.unref(); // a walk never keeps the build's process alive
    worker.once('message', (listing: TreeListing) => {
      if (settled) return;
      settled = true;
      resolve(listing);
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
