// Walking a built site for the output checks.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` whose name ends with one of `extensions`, as sorted paths
 * relative to `dir` with forward slashes.
 * @param {string} dir
 * @param {string[]} extensions e.g. ['.html']
 * @returns {string[]}
 */
export function listFiles(dir, extensions) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
