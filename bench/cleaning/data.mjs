// Reads the public article-extraction set at run time; nothing of it is copied into the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** `$SHARED_DIR/benchmarks/article-extraction`, else `<repo>/../shared/...`. */
export function benchmarkDir(env = process.env) {
  const shared = env.SHARED_DIR ? resolve(env.SHARED_DIR) : resolve(REPO_ROOT, '..', 'shared');
  return join(shared, 'benchmarks', 'article-extraction');
}

/** The pages in id order: { id, url, truth, html (lazy), dump (lazy) }. */
export function loadPages(dir, limit) {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(
      `bench:cleaning: no benchmark data at ${dir} (ground-truth.json missing).\n` +
        `  → put the shared folder beside the repository (../shared) or set SHARED_DIR to the folder that holds benchmarks/article-extraction/`,
    );
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  const ids = Object.keys(truth).sort();
  const htmlNames = new Set(readdirSync(join(dir, 'html')));
  const missing = ids.filter((id) => !htmlNames.has(`${id}.html.gz`));
  if (missing.length) throw new Error(`bench:cleaning: ${missing.length} pages of ground-truth.json have no html/<id>.html.gz (first: ${missing[0]})`);
  return ids.slice(0, limit ?? ids.length).map((id) => ({
    id,
    url: truth[id].url,
    truth: truth[id].articleBody ?? '',
    // The pages are UTF-8 (the set's README); decoded strictly so a damaged file says so.
    get html() {
      return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
    },
    get dump() {
      return readFileSync(join(dir, 'dumps', `${id}.txt`), 'utf8');
    },
  }));
}

/**
 * Two fixed halves for overfitting checks: ids are SHA-256 hex, so the first digit splits them
 * at random but always the same way. Tune on "A" (0–7), check on "B" (8–f).
 */
export const halfOf = (id) => (parseInt(id[0], 16) < 8 ? 'A' : 'B');
