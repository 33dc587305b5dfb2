import { describe, expect, it } from 'vitest';
import { concatSorted, MERGE_ATTRIBUTE, mergeIndexOptions, sortOption, sumFilters } from '../../../src/lib/search/merge.ts';
import { pagefindConfigAttributes } from '../../../src/lib/search/page-attributes.ts';

describe('mergeIndexOptions', () => {
  it('turns the list of bundle URLs into mergeIndex entries with the results’ base URL', () => {
    expect(mergeIndexOptions('["/news/pagefind/part-3/","/news/pagefind/part-7/"]', '/news/')).toEqual([
      { bundlePath: '/news/pagefind/part-3/', baseUrl: '/news/' },
      { bundlePath: '/news/pagefind/part-7/', baseUrl: '/news/' },
    ]);
    expect(mergeIndexOptions('["/pagefind/part-1/"]', null)).toEqual([{ bundlePath: '/pagefind/part-1/' }]);
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

const part = (results: string[], year: Record<string, number>) => ({ results, unfilteredResultCount: results.length + 1, filters: { year }, totalFilters: { year: { ...year, '1999': 1 } } });

describe('concatSorted', () => {
  const newest = part(['n1', 'n2'], { '2025': 2 });
  const older = part(['o1'], { '2024': 1 });
  const oldest = part(['x1', 'x2'], { '2024': 1, '2023': 1 });

  it('puts the parts’ sorted lists one after the other, newest part first for a descending sort', () => {
    expect(concatSorted([newest, older, oldest], 'desc').results).toEqual(['n1', 'n2', 'o1', 'x1', 'x2']);
  });

  it('puts the oldest part first for an ascending sort', () => {
    expect(concatSorted([newest, older, oldest], 'asc').results).toEqual(['x1', 'x2', 'o1', 'n1', 'n2']);
  });

  it('adds up counts and filter counts over the parts', () => {
    const merged = concatSorted([newest, older, oldest], 'desc');
    expect(merged.unfilteredResultCount).toBe(8);
    expect(merged.filters).toEqual({ year: { '2025': 2, '2024': 2, '2023': 1 } });
    expect(merged.totalFilters).toEqual({ year: { '2025': 2, '2024': 2, '2023': 1, '1999': 3 } });
  });
});

describe('sumFilters', () => {
  it('sums values by filter and value without changing its inputs', () => {
    const a = { tag: { x: 1 } };
    expect(sumFilters([a, { tag: { x: 2, y: 1 }, year: { '2020': 4 } }])).toEqual({ tag: { x: 3, y: 1 }, year: { '2020': 4 } });
    expect(a).toEqual({ tag: { x: 1 } });
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
