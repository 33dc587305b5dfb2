import { describe, expect, it } from 'vitest';
import { MERGE_ATTRIBUTE, mergeIndexOptions } from '../../../src/lib/search/merge.ts';
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
