import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, readDist } from './dist.ts';

// The fixture build runs with PARSE_WORKERS=2 (build-site.ts): the same path a cold build of
// a large archive takes, with the worker bundle made inside Astro's content sync.
describe('parsing in worker threads during a real build', () => {
  it('bundled the parse worker into the cache folder', () => {
    const cacheDir = path.join(distDir(), '..', 'cache');
    expect(existsSync(path.join(cacheDir, 'article-bodies-worker', 'parse-worker.mjs'))).toBe(true);
  });

  it('built the articles it parsed there, cleaned as on the main thread', () => {
    const html = readDist('articles/filler-07/index.html');
    expect(html).toMatch(/<h1[^>]*>Filler report 07<\/h1>/);
    expect(html).toContain('Filler paragraph number 7 for the pagination test.');
  });
});
