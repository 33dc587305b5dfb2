/**
 * The seal of the cache folder: after a build succeeds, the size and hash of every file the
 * cache holds; before the next build, the folder is checked against it. Astro restores a
 * page's cached copy and the loader reuses a stored body without reading them again, so a
 * file that went missing, was cut short or changed since the seal must never be served: any
 * difference, or no seal at all (a build that died half-way), throws the cache away and the
 * build runs cold. Files are compared by content, not by time, so a cache restored by a CI
 * host (which may not keep modification times) still counts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SEAL_FILE = 'cache-seal.json';
const SEAL_VERSION = 1;

interface Seal {
  version: number;
  files: Record<string, string>;
}

/** Files below `dir` relative to it, with `/` separators, the seal itself left out. */
function cacheFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== SEAL_FILE)
    .sort();
}

function fingerprint(file: string): string {
  const bytes = readFileSync(file);
  return `${bytes.length}:${createHash('sha1').update(bytes).digest('base64url')}`;
}

/** Writes the seal of `dir` as it is now; returns how many files it covers. */
export function sealCache(dir: string): number {
  const files = Object.fromEntries(cacheFiles(dir).map((f) => [f, fingerprint(path.join(dir, f))]));
  writeFileSync(path.join(dir, SEAL_FILE), JSON.stringify({ version: SEAL_VERSION, files } satisfies Seal));
  return Object.keys(files).length;
}

export type SealCheck = { state: 'empty' } | { state: 'intact'; files: number } | { state: 'damaged'; reason: string };

/** Compares `dir` with its seal. Files added since (by an interrupted build) count as damage too. */
export function checkCache(dir: string): SealCheck {
  const present = cacheFiles(dir);
  const sealPath = path.join(dir, SEAL_FILE);
  if (!existsSync(sealPath)) return present.length ? { state: 'damaged', reason: 'it has no seal (the build that wrote it did not finish)' } : { state: 'empty' };
  let seal: Seal;
  try {
    seal = JSON.parse(readFileSync(sealPath, 'utf8')) as Seal;
    if (seal.version !== SEAL_VERSION || typeof seal.files !== 'object' || seal.files === null) throw new Error('unknown seal format');
  } catch (error) {
    return { state: 'damaged', reason: `its seal is unreadable (${(error as Error).message})` };
  }
  const sealed = Object.keys(seal.files);
  const here = new Set(present);
  const missing = sealed.filter((f) => !here.has(f));
  if (missing.length) return { state: 'damaged', reason: `${missing.length} of ${sealed.length} files are missing (first: ${missing[0]})` };
  const extra = present.length - sealed.length;
  if (extra > 0) return { state: 'damaged', reason: `${extra} files were added after the seal` };
  const changed = sealed.filter((f) => fingerprint(path.join(dir, f)) !== seal.files[f]);
  if (changed.length) return { state: 'damaged', reason: `${changed.length} files changed since the seal (first: ${changed[0]})` };
  return { state: 'intact', files: sealed.length };
}

/** Empties the cache folder, keeping the folder. */
export function clearCache(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
}
