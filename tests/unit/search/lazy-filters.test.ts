import { describe, expect, it } from 'vitest';
import { deferFilters, type FilterCounts } from '../../../src/lib/search/lazy-filters.ts';

/** A stand-in for a Pagefind instance that counts how often its filter files are loaded. */
function fakePagefind(counts: FilterCounts) {
  const pagefind = {
    loads: 0,
    async filters(this: { loads: number }) {
      this.loads++;
      return counts;
    },
  };
  return pagefind;
}

describe('deferFilters', () => {
  const counts = { tag: { harbour: 2 }, year: { '2024': 3 } };

  it('answers no filters, loading nothing, until the filters are asked for', async () => {
    const pagefind = fakePagefind(counts);
    deferFilters(pagefind);
    expect(await pagefind.filters()).toEqual({});
    expect(await pagefind.filters()).toEqual({});
    expect(pagefind.loads).toBe(0);
  });

  it('loads the real filters when asked, and filters() gives them from then on', async () => {
    const pagefind = fakePagefind(counts);
    const load = deferFilters(pagefind);
    expect(await load()).toEqual(counts);
    expect(await pagefind.filters()).toEqual(counts);
    expect(pagefind.loads).toBe(2);
  });
});
