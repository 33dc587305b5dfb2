import { describe, expect, it } from 'vitest';
import { MERGE_ATTRIBUTE, mergeIndexOptions, orderByParts, partOfDate, sortOption } from '../../../src/lib/search/merge.ts';
import { placeOf, tierWeight as partWeight } from '../../../src/lib/search/tiers.ts';
import { pagefindConfigAttributes } from '../../../src/lib/search/page-attributes.ts';

describe('mergeIndexOptions', () => {
  it('turns the list of bundle URLs into mergeIndex entries with the results’ base URL and each part’s weight', () => {
    expect(mergeIndexOptions('["/news/pagefind/part-3/","/news/pagefind/part-7/"]', '/news/')).toEqual([
      { bundlePath: '/news/pagefind/part-3/', baseUrl: '/news/', indexWeight: partWeight(1) },
      { bundlePath: '/news/pagefind/part-7/', baseUrl: '/news/', indexWeight: partWeight(2) },
    ]);
    expect(mergeIndexOptions('["/pagefind/part-1/"]', null)).toEqual([{ bundlePath: '/pagefind/part-1/', indexWeight: partWeight(1) }]);
  });

  it('merges nothing when the list is empty or absent', () => {
    expect(mergeIndexOptions('[]', '/')).toEqual([]);
    expect(mergeIndexOptions(undefined, '/')).toEqual([]);
  });

  it('refuses anything but a list of strings', () => {
    for (const bad of ['{"a":1}', '[1]', '"x"']) expect(() => mergeIndexOptions(bad, '/')).toThrow(TypeError);
    expect(() => mergeIndexOptions('[', '/')).toThrow(SyntaxError);
  });
});

describe('reading a built search page', () => {
  it('undoes named and numeric character references', () => {
    const valueOf = (escaped: string) => pagefindConfigAttributes(`<pagefind-config ${MERGE_ATTRIBUTE}="${escaped}"></pagefind-config>`)[MERGE_ATTRIBUTE];
    expect(valueOf('[&#34;/a/&#34;,&quot;/b&amp;c/&quot;,&#x27;x&#X27;,&lt;&gt;,&apos;]')).toBe(`["/a/","/b&c/",'x',<>,']`);
    expect(valueOf('&unknown; & plain')).toBe('&unknown; & plain');
  });

  it('reads the decoded attributes of <pagefind-config>', () => {
    const html = `<pagefind-input></pagefind-input><pagefind-config bundle-path="/news/pagefind/" base-url="/news/" preload ${MERGE_ATTRIBUTE}="[&#34;/news/pagefind/part-2/&#34;]"></pagefind-config>`;
    expect(pagefindConfigAttributes(html)).toEqual({ 'bundle-path': '/news/pagefind/', 'base-url': '/news/', preload: '', [MERGE_ATTRIBUTE]: '["/news/pagefind/part-2/"]' });
    expect(pagefindConfigAttributes('<p>no search here</p>')).toEqual({});
  });
});

describe('orderByParts', () => {
  // Parts in page order, newest first: 0 holds 2025, 1 holds 2024, 2 holds 2023 and older.
  const oldest = ['2025-01-01', '2024-01-01', '0000'];
  const r = (name: string, place: number, part: number, date = '') => ({ name, score: place * partWeight(part), date });

  it('reads a place and a part back from a weighted score', () => {
    expect(placeOf(7 * partWeight(3))).toEqual({ place: 7, part: 3 });
    expect(placeOf(-4999 * partWeight(24))).toEqual({ place: 4999, part: 24 });
    expect(placeOf(0)).toBeNull();
  });

  it('orders Pagefind’s interleaved date sort part by part, newest first', () => {
    // As Pagefind merges them: by score, so the parts interleave.
    const merged = [r('a2', 3, 1), r('n2', 2, 0), r('a1', 1, 1), r('n1', 1, 0), r('old', 0, 2, '2023-05-01'), r('a0', 0, 1, '2024-02-01')];
    const dateOf = (x: (typeof merged)[number]) => partOfDate(x.date, oldest);
    expect(orderByParts(merged, 'desc', dateOf).map((x) => x.name)).toEqual(['n2', 'n1', 'a2', 'a1', 'a0', 'old']);
  });

  it('puts the oldest part first for an ascending sort', () => {
    const merged = [r('n0', -0, 0, '2025-03-01'), r('a0', 0, 1, '2024-02-01'), r('a1', -1, 1), r('n1', -1, 0)];
    expect(orderByParts(merged, 'asc', (x) => partOfDate(x.date, oldest)).map((x) => x.name)).toEqual(['a0', 'a1', 'n0', 'n1']);
  });
});

describe('partOfDate', () => {
  it('finds the newest part whose oldest date is not after the date; undated goes last', () => {
    const oldest = ['2025-01-01', '2024-01-01', ''];
    expect(['2025-06-01', '2025-01-01', '2024-12-31', '2001-01-01', undefined].map((d) => partOfDate(d, oldest))).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('sortOption', () => {
  it('maps the page’s control to a Pagefind sort, relevance to none', () => {
    expect(sortOption('newest')).toEqual({ date: 'desc' });
    expect(sortOption('oldest')).toEqual({ date: 'asc' });
    expect(sortOption('relevance')).toBeUndefined();
    expect(sortOption('toString')).toBeUndefined();
    expect(sortOption(null)).toBeUndefined();
  });
});
