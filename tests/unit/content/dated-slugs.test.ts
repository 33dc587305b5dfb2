import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATED_SLUGS_FILE, readDatedSlugs, writeDatedSlugs } from '../../../src/lib/content/dated-slugs.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const dir = () => tempDir('dated-');

describe('dated slugs', () => {
  it('reads back what was written, in slug order, undated articles included', () => {
    const cache = dir();
    writeDatedSlugs(cache, [{ slug: 'tram-line', date: '2024-03-01' }, { slug: 'harbour', date: null }]);
    expect(readDatedSlugs(cache)).toEqual([{ slug: 'harbour', date: null }, { slug: 'tram-line', date: '2024-03-01' }]);
  });

  it('keeps which articles the sync added or changed, and refuses any other third field', () => {
    const cache = dir();
    writeDatedSlugs(cache, [{ slug: 'tram-line', date: '2024-03-01', changed: true }, { slug: 'harbour', date: null }]);
    expect(JSON.parse(readFileSync(path.join(cache, DATED_SLUGS_FILE), 'utf8'))).toEqual([['harbour', null], ['tram-line', '2024-03-01', 1]]);
    expect(readDatedSlugs(cache)).toEqual([{ slug: 'harbour', date: null }, { slug: 'tram-line', date: '2024-03-01', changed: true }]);
    writeFileSync(path.join(cache, DATED_SLUGS_FILE), '[["a", null, true]]');
    expect(readDatedSlugs(cache)).toBeUndefined();
  });

  it('does not rewrite the file when nothing changed, whatever the order given', () => {
    const cache = dir();
    const file = path.join(cache, DATED_SLUGS_FILE);
    writeDatedSlugs(cache, [{ slug: 'a', date: '2024-01-01' }, { slug: 'b', date: null }]);
    const before = statSync(file).mtimeMs;
    writeFileSync(path.join(cache, 'other'), 'x');
    writeDatedSlugs(cache, [{ slug: 'b', date: null }, { slug: 'a', date: '2024-01-01' }]);
    expect(statSync(file).mtimeMs).toBe(before);
    writeDatedSlugs(cache, [{ slug: 'a', date: '2024-01-02' }]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([['a', '2024-01-02']]);
  });

  it('gives nothing for a missing, unparsable or misshapen list, so nothing is indexed ahead on a guess', () => {
    const cache = dir();
    expect(readDatedSlugs(cache)).toBeUndefined();
    writeFileSync(path.join(cache, DATED_SLUGS_FILE), '[["a", "2024');
    expect(readDatedSlugs(cache)).toBeUndefined();
    writeFileSync(path.join(cache, DATED_SLUGS_FILE), '[["a", 20240101]]');
    expect(readDatedSlugs(cache)).toBeUndefined();
    writeFileSync(path.join(cache, DATED_SLUGS_FILE), '{"a": "2024-01-01"}');
    expect(readDatedSlugs(cache)).toBeUndefined();
  });
});
