/**
 * What the loader knew of each article file after the last sync that succeeded: its stat
 * signature, the digest of its bytes, whether it is a dump (cleaned with its folder's template)
 * and the digests its entry was built from. The next sync stats every file first and reads only
 * those whose signature changed (loader.ts), so a build with no change reads no article.
 *
 * Its reads are synchronous, like the stats: during the content sync Node's thread pool was seen
 * queueing a small asynchronous read for 18 s behind other work (10,000 articles, loaded machine).
 *
 * The record is one JSON file in the cache folder, so the cache seal vouches for it like for the
 * bodies. It only ever spares reading: an entry is reused only if the store still holds it with
 * the digest recorded here, and a file whose signature differs is read and compared by content.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const RECORD_FILE = 'content-files.json';
const RECORD_VERSION = 1;

/**
 * A file written this close to when it was stat'ed may be written again within the same clock
 * tick without its time changing (coarse file-system clocks; 2 s on FAT), so it is not trusted
 * by its signature at the next sync: it is read. Git calls these entries "racily clean".
 */
export const RACY_MS = 2000;

export interface FileFacts {
  /** size, mtime, ctime and inode, or null when the file was too new to be trusted (RACY_MS). */
  sig: string | null;
  /** Digest of the file's bytes. */
  hash: string;
  /** Whether it is a dump (no frontmatter): its cleaning depends on the other dumps of its folder. */
  dump: boolean;
  /** Digest of what its entry was made from (loader.ts `source`) and the entry's own digest. */
  source: string;
  digest: string;
}

export interface FileRecord {
  version: number;
  /** Everything beside the file's bytes that its entry depends on (loader.ts inputsSignature). */
  inputs: string;
  files: Record<string, FileFacts>;
}

/** The stat signature of a file, null when it changed too recently to be trusted. ctime cannot be set by tools (touch, tar, rsync -t), so a rewrite always shows. */
export function statSignature(file: string, now: number): string | null {
  const s = statSync(file);
  if (s.mtimeMs > now - RACY_MS) return null;
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** The record in `cacheDir`, or undefined when there is none, or it is of another version or `inputs`. */
export function readRecord(cacheDir: string, inputs: string): FileRecord | undefined {
  let record: FileRecord;
  try {
    record = JSON.parse(readFileSync(path.join(cacheDir, RECORD_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  return record?.version === RECORD_VERSION && record.inputs === inputs && record.files && typeof record.files === 'object' ? record : undefined;
}

/** Writes the record, unless the file already holds exactly it (an unchanged file keeps its time, so the seal check need not read it). */
export function writeRecord(cacheDir: string, inputs: string, files: Record<string, FileFacts>): void {
  const file = path.join(cacheDir, RECORD_FILE);
  const text = JSON.stringify({ version: RECORD_VERSION, inputs, files } satisfies FileRecord);
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(file, text);
}
