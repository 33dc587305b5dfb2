import { mkdirSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisFromRecord, basisOf, recordOfDirs, walkTree, walkTreeInWorker, type TreeListing } from '../../../src/lib/build/tree-walk.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** A folder with files at several depths, an empty folder, a link to a folder and a link to a file. */
function sampleTree(): string {
  const dir = tempDir('walk-');
  write(dir, { 'a.txt': 'aa', 'x/b.txt': 'bbb', 'x/y/c.txt': '', 'elsewhere/d.txt': 'd' });
  mkdirSync(path.join(dir, 'empty'));
  symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'x', 'linked'));
  symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'x', 'a-link.txt'));
  return dir;
}

describe('walkTree: what it lists', () => {
  it('lists every file below a folder with / separators, follows links to folders, and skips links to files', () => {
    const dir = sampleTree();
    expect([...walkTree(dir).files].sort()).toEqual(['a.txt', 'elsewhere/d.txt', 'x/b.txt', 'x/linked/d.txt', 'x/y/c.txt']);
  });
});

/** A listing without its start time, files sorted with their sizes and times, folders sorted. */
function comparable(l: TreeListing) {
  const files = l.files.map((f, i) => [f, l.sizes[i], l.mtimes[i]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const dirs = l.dirs.map((d, i) => [d, l.dirMtimes[i]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { files, dirs };
}

/** Sets every folder's time below `dir` (and its own) to an hour ago, so a basis trusts them. */
function ageFolders(dir: string): void {
  const old = new Date(Date.now() - 3600_000);
  for (const d of ['', ...walkTree(dir).dirs]) utimesSync(path.join(dir, d), old, old);
}

describe('walkTree on a basis (folders unchanged since an earlier walk are not read again)', () => {
  it('finds what a fresh walk finds after files are added, removed, rewritten, and folders added or removed', () => {
    const dir = sampleTree();
    write(dir, { 'z/gone/e.txt': 'e', 'z/stay.txt': 's' });
    ageFolders(dir);
    const basis = basisOf(walkTree(dir));
    write(dir, { 'x/new.txt': 'n', 'x/y/c.txt': 'rewritten in place', 'w/v/f.txt': 'f' });
    unlinkSync(path.join(dir, 'a.txt'));
    rmSync(path.join(dir, 'z', 'gone'), { recursive: true });
    expect(comparable(walkTree(dir, basis))).toEqual(comparable(walkTree(dir)));
  });

  it('takes a folder with an old, unchanged time from the basis without reading it', () => {
    const dir = sampleTree();
    ageFolders(dir);
    const listing = walkTree(dir);
    // A basis that leaves out x/b.txt: trusted, the walk does not see the file.
    const basis = { ...basisOf(listing), files: listing.files.filter((f) => f !== 'x/b.txt') };
    expect(walkTree(dir, basis).files).not.toContain('x/b.txt');
  });

  it('reads a folder again when its time is within two seconds of the earlier walk, or a recorded file is gone', () => {
    const dir = sampleTree();
    const listing = walkTree(dir); // folders written just now: too recent to trust
    const partial = { ...basisOf(listing), files: listing.files.filter((f) => f !== 'x/b.txt') };
    expect(walkTree(dir, partial).files).toContain('x/b.txt');
    ageFolders(dir);
    const aged = basisOf(walkTree(dir));
    const withGhost = { ...aged, files: [...aged.files, 'x/ghost.txt'] };
    expect(comparable(walkTree(dir, withGhost))).toEqual(comparable(walkTree(dir)));
  });

  it('reads the basis a seal records, and none from a record without one', () => {
    const dir = sampleTree();
    const listing = walkTree(dir);
    const record = { version: 1, files: Object.fromEntries(listing.files.map((f) => [f, 'x'])), dirs: recordOfDirs(listing), walkedAt: listing.walkedAt };
    expect(basisFromRecord(JSON.parse(JSON.stringify(record)))).toEqual({ walkedAt: listing.walkedAt, dirs: recordOfDirs(listing), files: listing.files });
    expect(basisFromRecord({ version: 1, files: {} })).toBeUndefined();
    expect(basisFromRecord({ files: {}, dirs: { '': 'soon' }, walkedAt: 1 })).toBeUndefined();
  });
});

describe('walkTree', () => {
  it('gives each listed file with its size and modification time', () => {
    const dir = sampleTree();
    const { files, sizes, mtimes } = walkTree(dir);
    expect([...files].sort()).toEqual(['a.txt', 'elsewhere/d.txt', 'x/b.txt', 'x/linked/d.txt', 'x/y/c.txt']);
    files.forEach((rel, i) => {
      const st = statSync(path.join(dir, rel));
      expect([sizes[i], mtimes[i]]).toEqual([st.size, st.mtimeMs]);
    });
    expect(sizes[files.indexOf('x/b.txt')]).toBe(3);
  });

  it('gives nothing for a folder that does not exist', () => {
    expect(walkTree(path.join(tmpdir(), 'no-such-folder-for-walk-test'))).toMatchObject({ files: [], sizes: [], mtimes: [], dirs: [] });
  });

  it('gives the same listing from a worker thread', async () => {
    const dir = sampleTree();
    expect(comparable(await walkTreeInWorker(dir))).toEqual(comparable(walkTree(dir)));
    const basis = basisOf(walkTree(dir));
    expect(comparable(await walkTreeInWorker(dir, basis))).toEqual(comparable(walkTree(dir)));
    rmSync(dir, { recursive: true });
    expect(await walkTreeInWorker(dir)).toMatchObject({ files: [], sizes: [], mtimes: [] });
  });
});
