import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERIES, median, parseQueryArgs } from '../../../bench/search/query-args.mjs';
import { summarizeCpuProfile } from '../../../bench/search/profile.mjs';

describe('measure-queries options', () => {
  it('needs --dist and takes the base, runs and a query file', () => {
    expect(() => parseQueryArgs([])).toThrow(/--dist is required/);
    const opts = parseQueryArgs(['--dist', 'd', '--base', '/news/', '--runs', '3', '--queries', 'q.json'], () => [{ name: 'a', term: 'ferry' }]);
    expect(opts).toMatchObject({ dist: 'd', base: '/news/', runs: 3, queries: [{ name: 'a', term: 'ferry' }], chromium: '/usr/bin/chromium' });
  });

  it('refuses unknown options, bad counts and queries without a term', () => {
    expect(() => parseQueryArgs(['--dist', 'd', '--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseQueryArgs(['--dist', 'd', '--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseQueryArgs(['--dist', 'd', '--queries', 'q.json'], () => [{ name: 'a' }])).toThrow(/entry 0/);
  });

  it('has a common, rare, two-word, filtered and date-sorted query by default', () => {
    expect(DEFAULT_QUERIES.map((q: { name: string }) => q.name)).toEqual(['common', 'rare', 'two-words', 'filtered', 'by-date', 'nowhere']);
  });

  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(4);
  });
});

describe('summarizeCpuProfile', () => {
  it('adds up self time per function and file, largest first', () => {
    const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [{ id: 1, callFrame: frame('(program)') }, { id: 2, callFrame: frame('render', 'http://x/pagefind/ui.js') }],
      samples: [2, 1, 2, 2],
      timeDeltas: [1000, 5000, 1000, 1000],
    };
    expect(summarizeCpuProfile(profile, 5)).toEqual([{ name: '(program)', selfMs: 5 }, { name: 'render ui.js:1', selfMs: 3 }]);
  });
});
