import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutput, emptyOutput, isPage, pruneStaleOutput, recordedPages, sealOutput, settleOutput, snapshotOutput } from '../../../src/lib/build/kept-output.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

function built(): { out: string; cache: string } {
  const work = tempDir('kept-');
  const out = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  mkdirSync(cache);
  write(out, { 'index.html': 'home', 'articles/a/index.html': 'a', 'articles/gone/index.html': 'old', '_astro/old.css': 'x', 'sitemap-0.xml': 's', '.git/HEAD': 'ref' });
  // Written in the past, so a rewrite during "the next build" changes the time.
  const past = new Date('2026-01-01T00:00:00Z');
  for (const f of Object.keys(snapshotOutput(out))) utimesSync(path.join(out, f), past, past);
  sealOutput(out, cache);
  return { out, cache };
}

describe('kept output folder', () => {
  it('is kept when exactly as the last build left it', () => {
    const { out, cache } = built();
    const check = checkOutput(out, cache);
    expect(check.keep).toBe(true);
    // .git is neither recorded nor emptied.
    expect(check.keep && [...check.snapshot.keys()].sort()).toEqual(['_astro/old.css', 'articles/a/index.html', 'articles/gone/index.html', 'index.html', 'sitemap-0.xml']);
  });

  it('is not kept after a file was changed, added or removed, or for another output path', () => {
    const a = built();
    writeFileSync(path.join(a.out, 'articles/a/index.html'), 'b');
    expect(checkOutput(a.out, a.cache)).toEqual({ keep: false, reason: 'articles/a/index.html is not as the last build left it' });
    const b = built();
    write(b.out, { 'extra.html': '' });
    expect(checkOutput(b.out, b.cache)).toMatchObject({ keep: false, reason: expect.stringMatching(/holds 6 files where the last build left 5/) });
    const c = built();
    expect(checkOutput(path.join(c.out, '..', 'elsewhere'), c.cache)).toMatchObject({ keep: false, reason: expect.stringMatching(/last build wrote to/) });
    expect(checkOutput(c.out, tempDir('kept-'))).toMatchObject({ keep: false, reason: expect.stringMatching(/no record/) });
  });

  it('loses after a build the files that build neither wrote nor kept, and the folders they leave empty', () => {
    const { out, cache } = built();
    const check = checkOutput(out, cache);
    if (!check.keep) throw new Error(check.reason);
    // The build rewrites the home page and the sitemap, writes a new asset, and skips articles/a (Astro leaves it in place).
    write(out, { 'index.html': 'home', 'sitemap-0.xml': 's', '_astro/new.css': 'y' });
    const stale = pruneStaleOutput(out, check.snapshot, new Set(['articles/a/index.html']));
    expect(stale).toEqual(['_astro/old.css', 'articles/gone/index.html']);
    expect(existsSync(path.join(out, 'articles/gone'))).toBe(false);
    expect(readdirSync(path.join(out, 'articles'))).toEqual(['a']);
    expect([...snapshotOutput(out).keys()].sort()).toEqual(['_astro/new.css', 'articles/a/index.html', 'index.html', 'sitemap-0.xml']);
    expect(existsSync(path.join(out, '.git/HEAD'))).toBe(true);
  });

  it('settles the folder from one listing: the same files lost as pruning, the rest recorded for the next build', () => {
    const { out, cache } = built();
    const check = checkOutput(out, cache);
    if (!check.keep) throw new Error(check.reason);
    write(out, { 'index.html': 'home', 'sitemap-0.xml': 's', '_astro/new.css': 'y' });
    const settled = settleOutput(out, cache, check.snapshot, new Set(['articles/a/index.html']));
    expect(settled).toEqual({ stale: ['_astro/old.css', 'articles/gone/index.html'], files: 4 });
    expect(existsSync(path.join(out, 'articles/gone'))).toBe(false);
    const next = checkOutput(out, cache);
    expect(next.keep && [...next.snapshot.keys()].sort()).toEqual(['_astro/new.css', 'articles/a/index.html', 'index.html', 'sitemap-0.xml']);
  });

  it('can lose the stale pages first and the other stale files later', () => {
    const { out, cache } = built();
    const check = checkOutput(out, cache);
    if (!check.keep) throw new Error(check.reason);
    const kept = new Set(['articles/a/index.html', 'index.html']);
    expect(pruneStaleOutput(out, check.snapshot, kept, isPage)).toEqual(['articles/gone/index.html']);
    expect(existsSync(path.join(out, '_astro/old.css'))).toBe(true);
    // The sitemap is written again in between; the old asset is not.
    write(out, { 'sitemap-0.xml': 's' });
    expect(pruneStaleOutput(out, check.snapshot, kept)).toEqual(['_astro/old.css']);
  });

  it('is emptied except for .git', () => {
    const { out } = built();
    emptyOutput(out);
    expect(readdirSync(out)).toEqual(['.git']);
  });

  it('reads the pages Astro recorded, decoded', () => {
    const cache = tempDir('kept-');
    writeFileSync(path.join(cache, 'incremental-build.json'), JSON.stringify({ routes: { 'src/pages/a.astro': { paths: { '/a': { outputFile: 'tags/caf%C3%A9/index.html' }, '/b': { outputFile: 'b/index.html' } } } } }));
    expect([...recordedPages(cache)].sort()).toEqual(['b/index.html', 'tags/café/index.html']);
    expect(recordedPages(tempDir('kept-')).size).toBe(0);
  });
});
