/**
 * Incremental builds: a rebuild with the same cache folder gives the same site, byte for byte,
 * as a cold build of the same content, and renders only the pages that show what changed.
 * A damaged cache is noticed and not served.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { suiteTempDirs } from '../helpers/temp-dir.ts';
import { buildSite, fixtureContent, freshDirs, type BuildDirs } from './build-site.ts';

/** Every file of a built site with the hash of its bytes. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(dir, file), createHash('sha1').update(readFileSync(file)).digest('hex')];
  }));
}

/** Files whose bytes differ between two trees, or that only one has. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/** Pages Astro rendered in a build, and those it restored from the cache, from its log. */
function generated(log: string): { rendered: string[]; restored: string[] } {
  // Astro colours its log when CI is set; the colour codes sit between the path and its note.
  const lines = [...stripVTControlCharacters(log).matchAll(/├─ (\S+) (\(restored\)|\(cached\)|\(\+[\d.]+m?s\))/g)];
  const pages = (restored: boolean) => lines.filter((m) => m[2]!.startsWith('(+') !== restored).map((m) => m[1]!.replace(/^\//, '')).sort();
  return { rendered: pages(false), restored: pages(true) };
}

// Four articles a search part: the edited article sits in a part nested in the primary one's folder.
const build = (content: string, dirs: BuildDirs) => buildSite(content, { SEARCH_PART_SIZE: '4' }, dirs);

/** Pages of the routes with a cache key, which a build may skip. */
const KEYED = /^(articles|page|archive\/\d|tags\/[^/]+\/|authors\/)/;

// Each test runs one to three full builds, slow on a loaded machine.
const BUILDS = { timeout: 240_000 };

describe('incremental build', BUILDS, () => {
  let content: string;
  let dirs: BuildDirs;
  let first: Map<string, string>;
  const tempDir = suiteTempDirs();

  beforeAll(() => {
    content = fixtureContent(tempDir);
    dirs = freshDirs(tempDir);
    build(content, dirs);
    first = tree(dirs.outDir);
  });

  it('renders none of the keyed pages when nothing changed, and gives the same site', () => {
    const { log } = build(content, dirs);
    const { rendered, restored } = generated(log);
    expect(differences(first, tree(dirs.outDir))).toEqual([]);
    // Every article, list, tag and archive-year page is restored; only the single pages without
    // getStaticPaths (home, 404, search, feeds, overviews) are rendered, as Astro can only skip keyed routes.
    expect(restored.filter((p) => p.startsWith('articles/'))).toHaveLength(readdirSync(path.join(dirs.outDir, 'articles')).length);
    expect(restored).toEqual(expect.arrayContaining(['page/2/index.html', 'tags/transport/index.html', 'archive/2025/index.html']));
    expect(restored.some((p) => p.startsWith('authors/'))).toBe(true);
    expect(rendered.filter((p) => KEYED.test(p))).toEqual([]);
    // The output folder was as the last build left it, so Astro left the skipped pages in place;
    // every other file was written again, so none was left over.
    expect(log).toMatch(/output folder kept: \d+ files as the last build left them/);
    expect(log).not.toMatch(/did not write were deleted/);
  });

  // The edits run in order, each on top of the last, as a writer would make them.
  const edits: [string, (dir: string) => void][] = [
    ['a body', (dir) => appendFileSync(path.join(dir, 'ferry-timetable.md'), '\nA third crossing may follow in spring, the operator said.\n')],
    ['a title', (dir) => {
      const file = path.join(dir, 'ferry-timetable.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Winter ferry timetable adds late crossings', 'title: Winter ferry timetable adds two late crossings'));
    }],
  ];

  for (const [what, edit] of edits) {
    it(`after editing ${what}, renders exactly the pages that changed and matches a cold build`, () => {
      const before = tree(dirs.outDir);
      edit(content);
      const { log } = build(content, dirs);
      const after = tree(dirs.outDir);
      const cold = freshDirs();
      build(content, cold);
      expect(differences(after, tree(cold.outDir))).toEqual([]);

      const { rendered, restored } = generated(log);
      const changed = differences(before, after);
      expect(rendered).toContain('articles/ferry-timetable/index.html');
      // The edited article's search part was indexed as soon as its new page was written.
      expect(log).toMatch(/1 indexed, \d+ reused from the cache \(parts of up to 4 articles; 1 of them indexed while the pages were written/);
      // Every page that changed was rendered, and no page that could be restored was rendered without a change.
      for (const page of changed.filter((f) => f.endsWith('.html'))) expect(rendered).toContain(page);
      const needless = rendered.filter((p) => !changed.includes(p) && KEYED.test(p));
      expect(needless).toEqual([]);
      expect(restored.length).toBeGreaterThan(20);
    });
  }

  it('after removing an article, deletes its page from the kept output and matches a cold build', () => {
    rmSync(path.join(content, 'filler-22.md'));
    const { log } = build(content, dirs);
    expect(log).toMatch(/output folder kept/);
    expect(log).toMatch(/1 pages of the last build that this one did not write were deleted \(first: articles\/filler-22\/index.html\)/);
    const cold = freshDirs();
    build(content, cold);
    expect(differences(tree(dirs.outDir), tree(cold.outDir))).toEqual([]);
  });

  it('empties an output folder changed since the last build, and matches a cold build', () => {
    writeFileSync(path.join(dirs.outDir, 'articles/ferry-timetable/index.html'), '<p>edited by hand</p>');
    writeFileSync(path.join(dirs.outDir, 'stray.html'), '<p>left here</p>');
    const { log } = build(content, dirs);
    expect(log).toMatch(/output folder emptied \(/);
    expect(generated(log).restored.length).toBeGreaterThan(20);
    const cold = freshDirs();
    build(content, cold);
    expect(differences(tree(dirs.outDir), tree(cold.outDir))).toEqual([]);
  });
});

describe('a damaged cache', BUILDS, () => {
  let content: string;
  let cold: Map<string, string>;
  const tempDir = suiteTempDirs();

  beforeAll(() => {
    content = fixtureContent(tempDir);
    const dirs = freshDirs(tempDir);
    build(content, dirs);
    cold = tree(dirs.outDir);
  });

  /** Builds once to fill a cache, damages it, builds again; returns that build's dist/ and log. */
  function rebuildAfter(damage: (cacheDir: string) => void) {
    const dirs = freshDirs();
    build(content, dirs);
    damage(dirs.cacheDir);
    const { log } = build(content, dirs);
    return { site: tree(dirs.outDir), log };
  }

  it('with half of its files deleted gives the same site as a cold build', () => {
    const { site, log } = rebuildAfter((cacheDir) => {
      const files = [...tree(cacheDir).keys()].sort();
      files.filter((_, i) => i % 2 === 0).forEach((f) => rmSync(path.join(cacheDir, f)));
    });
    expect(log).toMatch(/cache in .* is not used: (\d+ of \d+ files are missing|it has no seal)/);
    expect(differences(site, cold)).toEqual([]);
  });

  it('with a cached page overwritten is not served, and the page is rendered again', () => {
    const { site, log } = rebuildAfter((cacheDir) => {
      writeFileSync(path.join(cacheDir, 'dist/articles/ferry-timetable/index.html'), '<p>stale</p>');
    });
    expect(log).toMatch(/1 files changed since the seal \(first: dist\/articles\/ferry-timetable\/index.html\)/);
    expect(generated(log).restored).toEqual([]);
    expect(differences(site, cold)).toEqual([]);
  });

  it('left by a build that did not finish (no seal) is not trusted', () => {
    const { site, log } = rebuildAfter((cacheDir) => rmSync(path.join(cacheDir, 'cache-seal.json')));
    expect(log).toMatch(/has no seal/);
    expect(differences(site, cold)).toEqual([]);
  });

  it('saved and restored whole (as a CI host does between builds) is still used', () => {
    const dirs = freshDirs();
    build(content, dirs);
    // Astro hashes the pages' code with the output folder in it, so the CI job keeps the same paths.
    const saved = `${dirs.cacheDir}-saved`;
    cpSync(dirs.cacheDir, saved, { recursive: true });
    rmSync(dirs.cacheDir, { recursive: true });
    rmSync(dirs.outDir, { recursive: true });
    cpSync(saved, dirs.cacheDir, { recursive: true });
    const { log } = build(content, dirs);
    expect(generated(log).restored.length).toBeGreaterThan(20);
    expect(differences(tree(dirs.outDir), cold)).toEqual([]);
  });
});
