import { describe, expect, it } from 'vitest';
import { compareNewestFirst, pageWindow, paginate } from '../../../src/lib/site/listing.ts';

describe('listing', () => {
  const a = (title: string, date: string | null) => ({ title, date });
  it('sorts newest first, undated last, ties by title', () => {
    const sorted = [a('old', '2020-01-01'), a('none', null), a('b', '2024-01-01'), a('a', '2024-01-01')].sort(compareNewestFirst);
    expect(sorted.map((x) => x.title)).toEqual(['a', 'b', 'old', 'none']);
  });
  it('paginates, with one empty page for no items', () => {
    expect(paginate([1, 2, 3, 4, 5], 2).map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
  it('windows long page lists', () => {
    expect(pageWindow(10, 500)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 500]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
