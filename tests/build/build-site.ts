/**
 * Builds a fixture content folder into a temporary `dist/` with the real CLI, as a
 * deploy would, under the /news/ sub-path. Shared by the build tests through globalSetup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE_SITE = path.resolve('tests/fixtures/site');
export const BASE_PATH = '/news/';
export const SITE_URL = 'https://example.org';

/** Filler articles so the index has a second page; hand-written fixtures stay readable. */
function writeFillers(dir: string, count: number) {
  for (let i = 1; i <= count; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      path.join(dir, `filler-${day}.md`),
      `---\ntitle: Filler report ${day}\ndate: 2020-01-${day}\ntags: [filler]\n---\n\nFiller paragraph number ${i} for the pagination test.\n`,
    );
  }
}

/** Builds `contentDir` with the real CLI into a new temporary folder; returns its dist/. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): { outDir: string; log: string } {
  const work = mkdtempSync(path.join(tmpdir(), 'news-build-'));
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, BASE_PATH, SITE_URL, ASTRO_CACHE_DIR: path.join(work, 'cache'), NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed:\n${log}`);
  return { outDir, log };
}

/** The fixture articles plus fillers, so the index has a second page. */
export function buildFixtureSite(): { outDir: string; log: string } {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'news-content-'));
  cpSync(FIXTURE_SITE, contentDir, { recursive: true });
  writeFillers(contentDir, 22);
  // Too few files for the parse pool by default; forcing it runs the worker path through Astro.
  return buildSite(contentDir, { PARSE_WORKERS: '2' });
}
