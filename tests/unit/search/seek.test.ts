import { describe, expect, it } from 'vitest';
import { partToSeek } from '../../../src/lib/search/seek.ts';

describe('partToSeek', () => {
  it('goes on to the next older part when a new search finds nothing in the parts searched', () => {
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: 1, seekingFrom: null })).toBe(1);
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: 3, seekingFrom: 0 })).toBe(3);
  });

  it('stops at the first part with a result, even fewer than a page', () => {
    expect(partToSeek({ term: 'pontoon', count: 1, olderFrom: 4, seekingFrom: 0 })).toBeNull();
    expect(partToSeek({ term: 'pontoon', count: 1, olderFrom: 1, seekingFrom: null })).toBeNull();
  });

  it('after the reader asked for older articles, goes on while the older parts add nothing', () => {
    expect(partToSeek({ term: 'tool', count: 7, olderFrom: 2, seekingFrom: 7 })).toBe(2);
    expect(partToSeek({ term: 'tool', count: 8, olderFrom: 3, seekingFrom: 7 })).toBeNull();
  });

  it('stops when every part is searched (or a year filter chose the parts), and for an empty box', () => {
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: null, seekingFrom: 0 })).toBeNull();
    expect(partToSeek({ term: '', count: 0, olderFrom: 1, seekingFrom: null })).toBeNull();
  });
});
