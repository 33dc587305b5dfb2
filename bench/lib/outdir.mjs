// Size of a build output folder: total bytes, HTML page count and the largest page.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Walks `dir` (symlinks are not followed).
 * @param {string} dir
 * @returns {{ files: number, totalBytes: number, pages: number, largestPage: { path: string, bytes: number } | null }}
 */
export function outputStats(dir) {
  let files = 0;
  let totalBytes = 0;
  let pages = 0;
  /** @type {{ path: string, bytes: number } | null} */
  let largestPage = null;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    // `parentPath` is Node ≥ 20.12; `path` is its older, deprecated name.
    const full = join(entry.parentPath ?? entry.path, entry.name);
    const bytes = statSync(full).size;
    files++;
    totalBytes += bytes;
    if (entry.name.endsWith('.html')) {
      pages++;
      if (!largestPage || bytes > largestPage.bytes) largestPage = { path: relative(dir, full), bytes };
    }
  }
  return { files, totalBytes, pages, largestPage };
}
