/**
 * The seal of the cache folder: after a build succeeds, the size, modification time and hash
 * of every file the cache holds; before the next build, the folder is checked against it.
 * Astro restores a page's cached copy and the loader reuses a stored body without reading them
 * again, so a file that went missing, was cut short or changed since the seal must never be
 * served: any difference, or no seal at all (a build that died half-way), throws the cache away
 * and the build runs cold.
 *
 * A file whose size and modification time are as sealed is taken as sealed without reading it
 * (a write sets the time, so an overwritten file is always read): hashing every file cost
 * seconds per build at 10,000 articles. A file whose time differs is compared by content, so a
 * cache restored by a CI host that does not keep modification times still counts. The seal
 * written after a build reuses the hashes of the files the check found unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { basisFromRecord, recordOfDirs, walkTree, type TreeListing } from './tree-walk.ts';

export const SEAL_FILE = 'cache-seal.json';
const SEAL_VERSION = 2;

/** One file as sealed: its size, its modification time (ms) and the hash of its bytes. */
export interface SealedFile {
  size: number;
  mtimeMs: number;
  hash: string;
}

interface Seal {
  version: number;
  files: Record<string, SealedFile>;
  /** The walk the seal was made from: each folder's time and when the walk began (tree-walk.ts WalkBasis; absent in older seals). */
  dirs?: Record<string, number>;
  walkedAt?: number;
}

/** Where the seal of `dir` is; it also records the basis of the folder's next walk (tree-walk.ts), which an early walk reads from it. */
export const sealFileOf = (dir: string) => path.join(dir, SEAL_FILE);

/** Files below the folder of `listing` (tree-walk.ts) with their size and time, the seal itself left out. */
function cacheFiles(listing: TreeListing): Map<string, { size: number; mtimeMs: number }> {
  const files = new Map<string, { size: number; mtimeMs: number }>();
  listing.files.forEach((rel, i) => {
    if (rel !== SEAL_FILE) files.set(rel, { size: listing.sizes[i]!, mtimeMs: listing.mtimes[i]! });
  });
  return files;
}

function hashOf(file: string): string {
  return createHash('sha1').update(readFileSync(file)).digest('base64url');
}

/**
 * The file as it is now (`now`: its size and time as walked). `known` is what it was when last
 * checked: when the size and time are still those, its hash is taken from there instead of
 * reading the file.
 */
function describe(file: string, now: { size: number; mtimeMs: number }, known?: SealedFile): SealedFile {
  const { size, mtimeMs } = now;
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known;
  return { size, mtimeMs, hash: hashOf(file) };
}

/**
 * Writes the seal of `dir` as it is now; returns how many files it covers. `verified` (from
 * checkCache) saves reading the files that have not changed since the check. `listing` is the
 * folder as walked (walkTree, or walkTreeInWorker while other work went on); the files named in
 * `fresh`, written after that walk began, are looked at again now.
 */
export function sealCache(dir: string, verified: ReadonlyMap<string, SealedFile> = new Map(), listing: TreeListing = walkTree(dir), fresh: readonly string[] = []): number {
  const present = cacheFiles(listing);
  for (const rel of fresh) {
    const st = statSync(path.join(dir, rel), { throwIfNoEntry: false });
    if (st?.isFile()) present.set(rel, { size: st.size, mtimeMs: st.mtimeMs });
    else present.delete(rel);
  }
  // In walk order, unsorted: the check looks files up by name.
  const files = Object.fromEntries([...present].map(([f, now]) => [f, describe(path.join(dir, f), now, verified.get(f))]));
  writeFileSync(path.join(dir, SEAL_FILE), JSON.stringify({ version: SEAL_VERSION, files, dirs: recordOfDirs(listing), walkedAt: listing.walkedAt } satisfies Seal));
  return Object.keys(files).length;
}

export type SealCheck =
  | { state: 'empty' }
  | { state: 'intact'; files: number; /** each file as found, for sealCache */ verified: Map<string, SealedFile>; /** the folder as walked */ listing: TreeListing }
  | { state: 'damaged'; reason: string };

function isSealedFile(value: unknown): value is SealedFile {
  const v = value as SealedFile;
  return typeof v === 'object' && v !== null && typeof v.size === 'number' && typeof v.mtimeMs === 'number' && typeof v.hash === 'string';
}

/**
 * Compares `dir` (as walked: `listing`) with its seal. Files added since (by an interrupted build)
 * count as damage too.
 */
export function checkCache(dir: string, listing?: TreeListing): SealCheck {
  const sealPath = sealFileOf(dir);
  if (!existsSync(sealPath)) {
    const present = cacheFiles(listing ?? walkTree(dir));
    return present.size ? { state: 'damaged', reason: 'it has no seal (the build that wrote it did not finish)' } : { state: 'empty' };
  }
  let seal: Seal;
  try {
    seal = JSON.parse(readFileSync(sealPath, 'utf8')) as Seal;
    if (seal.version !== SEAL_VERSION || typeof seal.files !== 'object' || seal.files === null) throw new Error('unknown seal format');
    if (!Object.values(seal.files).every(isSealedFile)) throw new Error('a file entry is malformed');
  } catch (error) {
    return { state: 'damaged', reason: `its seal is unreadable (${(error as Error).message})` };
  }
  // Walked now, on the seal just read, unless the caller walked it already.
  listing ??= walkTree(dir, basisFromRecord(seal));
  const present = cacheFiles(listing);
  const sealed = Object.keys(seal.files);
  const missing = sealed.filter((f) => !present.has(f));
  if (missing.length) return { state: 'damaged', reason: `${missing.length} of ${sealed.length} files are missing (first: ${missing[0]})` };
  const extra = present.size - sealed.length;
  if (extra > 0) return { state: 'damaged', reason: `${extra} files were added after the seal` };
  const verified = new Map<string, SealedFile>();
  const changed: string[] = [];
  for (const f of sealed) {
    const expected = seal.files[f]!;
    const now = describe(path.join(dir, f), present.get(f)!, expected);
    // Same bytes under a new time (a restore that did not keep times): keep the new time.
    if (now.size !== expected.size || now.hash !== expected.hash) changed.push(f);
    else verified.set(f, now);
  }
  if (changed.length) return { state: 'damaged', reason: `${changed.length} files changed since the seal (first: ${changed[0]})` };
  return { state: 'intact', files: sealed.length, verified, listing };
}

/** Empties the cache folder, keeping the folder. */
export function clearCache(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { force: true, recursive: true });
}
