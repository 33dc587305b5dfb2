import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCache, SEAL_FILE, sealCache } from '../../../src/lib/build/cache-seal.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function cacheWith(files: Record<string, string>): string {
  const dir = tempDir('seal-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const FILES = { 'dist/a/index.html': '<p>a</p>', 'store/chunk.txt': 'entries', 'related/x.json': '{}' };
const past = new Date('2026-01-01T00:00:00Z');

describe('cache seal', () => {
  it('finds a sealed folder intact, and an empty one empty', () => {
    const dir = cacheWith(FILES);
    expect(sealCache(dir)).toBe(3);
    expect(checkCache(dir)).toMatchObject({ state: 'intact', files: 3 });
    expect(checkCache(tempDir('seal-'))).toEqual({ state: 'empty' });
  });

  it('notices a file overwritten with the same size', () => {
    const dir = cacheWith(FILES);
    sealCache(dir);
    writeFileSync(path.join(dir, 'dist/a/index.html'), '<p>b</p>');
    expect(checkCache(dir)).toEqual({ state: 'damaged', reason: '1 files changed since the seal (first: dist/a/index.html)' });
  });

  it('notices a changed file even when its time was set back to the sealed one, if its size differs', () => {
    const dir = cacheWith(FILES);
    utimesSync(path.join(dir, 'store/chunk.txt'), past, past);
    sealCache(dir);
    writeFileSync(path.join(dir, 'store/chunk.txt'), 'entries, cut');
    utimesSync(path.join(dir, 'store/chunk.txt'), past, past);
    expect(checkCache(dir)).toMatchObject({ state: 'damaged' });
  });

  it('takes a file with the sealed bytes under another time as intact (a restore that did not keep times)', () => {
    const dir = cacheWith(FILES);
    sealCache(dir);
    for (const f of Object.keys(FILES)) utimesSync(path.join(dir, f), past, past);
    const check = checkCache(dir);
    expect(check).toMatchObject({ state: 'intact', files: 3 });
    // The seal written after the build records the times as they are now, so the next check reads no file.
    sealCache(dir, check.state === 'intact' ? check.verified : undefined);
    const seal = JSON.parse(readFileSync(path.join(dir, SEAL_FILE), 'utf8'));
    expect(seal.files['store/chunk.txt'].mtimeMs).toBe(past.getTime());
  });

  it('writes the same seal from the check’s record as from reading every file', () => {
    const dir = cacheWith(FILES);
    sealCache(dir);
    const fresh = readFileSync(path.join(dir, SEAL_FILE), 'utf8');
    const check = checkCache(dir);
    writeFileSync(path.join(dir, 'related/y.json'), '[]');
    sealCache(dir, check.state === 'intact' ? check.verified : undefined);
    const reused = JSON.parse(readFileSync(path.join(dir, SEAL_FILE), 'utf8'));
    expect({ ...reused.files, 'related/y.json': undefined }).toEqual({ ...JSON.parse(fresh).files, 'related/y.json': undefined });
    expect(reused.files['related/y.json'].size).toBe(2);
  });

  it('calls missing, added and unsealed files damage', () => {
    const dir = cacheWith(FILES);
    sealCache(dir);
    rmSync(path.join(dir, 'related/x.json'));
    expect(checkCache(dir)).toEqual({ state: 'damaged', reason: '1 of 3 files are missing (first: related/x.json)' });
    writeFileSync(path.join(dir, 'related/x.json'), '{}');
    writeFileSync(path.join(dir, 'extra.txt'), '');
    expect(checkCache(dir)).toEqual({ state: 'damaged', reason: '1 files were added after the seal' });
    rmSync(path.join(dir, SEAL_FILE));
    expect(checkCache(dir)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/no seal/) });
  });

  it('refuses a seal of the old format', () => {
    const dir = cacheWith(FILES);
    writeFileSync(path.join(dir, SEAL_FILE), JSON.stringify({ version: 1, files: { 'store/chunk.txt': '7:abc' } }));
    expect(checkCache(dir)).toMatchObject({ state: 'damaged', reason: expect.stringMatching(/unreadable/) });
  });
});
