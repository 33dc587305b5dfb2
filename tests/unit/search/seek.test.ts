import { describe, expect, it } from 'vitest';
import { SEEK_PARTS, partToSeek } from '../../../src/lib/search/seek.ts';

describe('partToSeek', () => {
  it('goes on to the next older part when a new search finds nothing in the parts searched', () => {
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: 1, seekingFrom: null, sought: 0 })).toBe(1);
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: 3, seekingFrom: 0, sought: 1 })).toBe(3);
  });

  it('stops at the first part with a result, even fewer than a page', () => {
    expect(partToSeek({ term: 'pontoon', count: 1, olderFrom: 4, seekingFrom: 0, sought: 1 })).toBeNull();
    expect(partToSeek({ term: 'pontoon', count: 1, olderFrom: 1, seekingFrom: null, sought: 0 })).toBeNull();
  });

  it('after the reader asked for older articles, goes on while the older parts add nothing', () => {
    expect(partToSeek({ term: 'tool', count: 7, olderFrom: 2, seekingFrom: 7, sought: 0 })).toBe(2);
    expect(partToSeek({ term: 'tool', count: 8, olderFrom: 3, seekingFrom: 7, sought: 0 })).toBeNull();
  });

  it('stops when every part is searched (or a year filter chose the parts), and for an empty box', () => {
    expect(partToSeek({ term: 'pontoon', count: 0, olderFrom: null, seekingFrom: 0, sought: 1 })).toBeNull();
    expect(partToSeek({ term: '', count: 0, olderFrom: 1, seekingFrom: null, sought: 0 })).toBeNull();
  });

  it('stops after SEEK_PARTS older parts in one go, so a word found nowhere costs a bounded number of requests', () => {
    expect(partToSeek({ term: 'zzxqj', count: 0, olderFrom: SEEK_PARTS, seekingFrom: 0, sought: SEEK_PARTS - 1 })).toBe(SEEK_PARTS);
    expect(partToSeek({ term: 'zzxqj', count: 0, olderFrom: SEEK_PARTS + 1, seekingFrom: 0, sought: SEEK_PARTS })).toBeNull();
    // The button's press starts a new run of SEEK_PARTS.
    expect(partToSeek({ term: 'zzxqj', count: 0, olderFrom: SEEK_PARTS + 1, seekingFrom: 0, sought: 0 })).toBe(SEEK_PARTS + 1);
  });
});
