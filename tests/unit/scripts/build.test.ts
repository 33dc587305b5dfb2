import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFailure, folderBytes, heapLimitMb, v8Flags, YOUNG_SEMI_SPACE_MB } from '../../../scripts/build.mjs';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('the build launcher', () => {
  it('sizes the heap limit to the archive, with a floor for small sites', () => {
    expect(heapLimitMb(0)).toBe(384);
    // 10,000 benchmark articles are about 40 MB: the limit keeps the build under 1 GB.
    expect(heapLimitMb(40 * 2 ** 20)).toBe(704);
    // A larger archive gets a larger limit instead of running out of heap.
    expect(heapLimitMb(200 * 2 ** 20)).toBeGreaterThan(1900);
  });

  it('runs the build with a heap limit and a larger young generation, unless NODE_OPTIONS sets them', () => {
    expect(v8Flags(40 * 2 ** 20)).toEqual(['--max-old-space-size=704', `--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`]);
    expect(v8Flags(40 * 2 ** 20, '--max-old-space-size=4096')).toEqual([`--max-semi-space-size=${YOUNG_SEMI_SPACE_MB}`]);
    expect(v8Flags(40 * 2 ** 20, '--max-semi-space-size=8 --enable-source-maps')).toEqual(['--max-old-space-size=704']);
    expect(v8Flags(0, '--max-old-space-size=900 --max-semi-space-size=16')).toEqual([]);
  });

  it('adds up the files of nested folders, and a missing folder counts as empty', () => {
    const dir = tempDir('content-size-');
    mkdirSync(path.join(dir, '2024'));
    writeFileSync(path.join(dir, 'a.md'), 'x'.repeat(100));
    writeFileSync(path.join(dir, '2024', 'b.txt'), 'y'.repeat(23));
    expect(folderBytes(dir)).toBe(123);
    expect(folderBytes(path.join(dir, 'missing'))).toBe(0);
  });

  it('says what to raise when the build runs out of heap, and what to split on a V8 size limit', () => {
    const oom = explainFailure('<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 704);
    expect(oom).toMatch(/ran out of memory within the 704 MB heap/);
    expect(oom).toMatch(/NODE_OPTIONS=--max-old-space-size=4096/);
    expect(oom).toMatch(/SEARCH_PART_SIZE/);
    expect(explainFailure('RangeError: Invalid string length\n    at JSON.stringify', 704)).toMatch(/collectionStorage "chunked".*split/);
    expect(explainFailure('[ContentError] a.md: title is empty', 704)).toBeNull();
  });
});
