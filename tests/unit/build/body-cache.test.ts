import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyCache } from '../../../src/lib/build/body-cache.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('BodyCache', () => {
  it('knows the bodies the folder held, those it wrote and those it pruned', async () => {
    const cacheDir = tempDir('bodies-');
    mkdirSync(path.join(cacheDir, 'article-bodies'));
    writeFileSync(path.join(cacheDir, 'article-bodies', 'old-1.html'), '<p>old</p>');
    const bodies = new BodyCache(cacheDir);
    expect(bodies.has('old-1')).toBe(true);
    expect(bodies.has('new-1')).toBe(false);
    await bodies.write('new-1', '<p>new</p>');
    expect(bodies.has('new-1')).toBe(true);
    expect(bodies.read('new-1')).toBe('<p>new</p>');
    bodies.prune(new Set(['new-1']));
    expect(bodies.has('old-1')).toBe(false);
    expect(bodies.read('old-1')).toBeUndefined();
    expect(() => bodies.has('../escape')).toThrow(/invalid body key/);
  });

  it('has nothing when its folder does not exist yet', () => {
    const cacheDir = tempDir('bodies-');
    rmSync(cacheDir, { recursive: true });
    expect(new BodyCache(cacheDir).has('any')).toBe(false);
  });
});
