/**
 * Builds a fixture content folder into a temporary `dist/` with the real CLI, as a
 * deploy would, under the /news/ sub-path. Shared by the build tests through globalSetup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, type MakeDir } from '../helpers/temp-dir.ts';

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

/** Where a build writes: its dist/ and its cache folder (kept between builds for incremental ones). */
export interface BuildDirs {
  outDir: string;
  cacheDir: string;
}

/** A new temporary dist/ and cache folder, by default removed when the test finishes. */
export function freshDirs(makeDir: MakeDir = tempDir): BuildDirs {
  const work = makeDir('news-build-');
  return { outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') };
}

/** Builds `contentDir` with the real CLI, by default into a new temporary folder; returns its dist/. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, dirs: BuildDirs = freshDirs()): { outDir: string; log: string } {
  const { outDir, cacheDir } = dirs;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, BASE_PATH, SITE_URL, ASTRO_CACHE_DIR: cacheDir, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed:\n${log}`);
  return { outDir, log };
}

/** A temporary copy of the fixture articles plus fillers, so the index has a second page; by default removed when the test finishes. */
export function fixtureContent(makeDir: MakeDir = tempDir): string {
  const contentDir = makeDir('news-content-');
  cpSync(FIXTURE_SITE, contentDir, { recursive: true });
  writeFillers(contentDir, 22);
  return contentDir;
}

/** The fixture articles plus fillers, built once, in folders made by `makeDir`. */
export function buildFixtureSite(makeDir: MakeDir): { outDir: string; log: string } {
  const contentDir = fixtureContent(makeDir);
  // Too few files for the parse pool by default; forcing it runs the worker path through Astro.
  return buildSite(contentDir, { PARSE_WORKERS: '2' }, freshDirs(makeDir));
}
