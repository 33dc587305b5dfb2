import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/lib/config.ts';
import { DEFAULT_PART_SIZE, MAX_PARTS, partSizeFor, indexedContent, isMergedBundleFile, pageDate, partCount, partGlob, partGlobs, GLOB_SLUGS, partManifest, planParts, sameManifest, UNINDEXED_END, UNINDEXED_START } from '../../../src/lib/search/parts.ts';


describe('partCount', () => {
  it('is the article count over the part size, rounded up, and at least one', () => {
    expect([0, 1, 2000, 2001, 4000, 10_000].map((n) => partCount(n, 2000))).toEqual([1, 1, 1, 2, 2, 5]);
    expect(partCount(31, 2)).toBe(16);
  });

  it('refuses a part size that is not a positive integer', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => partCount(10, size)).toThrow(RangeError);
  });
});

/** Articles dated one a day from 2020-01-01, named after their place. */
const dated = (n: number, prefix = 'article') =>
  Array.from({ length: n }, (_, i) => ({ slug: `${prefix}-${i + 1}`, date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10) }));

describe('planParts', () => {
  it('puts every article in exactly one part, sorted, whatever the input order', () => {
    const all = dated(31);
    const plan = planParts(all, 2);
    expect(plan.flatMap((p) => p.slugs).sort()).toEqual(all.map((a) => a.slug).sort());
    expect(planParts([...all].reverse(), 2)).toEqual(plan);
    for (const part of plan) {
      expect(part.slugs.length).toBeGreaterThan(0);
      expect(part.slugs).toEqual([...part.slugs].sort());
    }
  });

  it('cuts runs of dates from the oldest, newest part first, so every part is newer than the next', () => {
    const plan = planParts(dated(7), 3);
    expect(plan.map((p) => [p.id, p.slugs])).toEqual([
      [2, ['article-7']],
      [1, ['article-4', 'article-5', 'article-6']],
      [0, ['article-1', 'article-2', 'article-3']],
    ]);
  });

  it('puts undated articles with the oldest and settles equal dates by slug', () => {
    const plan = planParts([{ slug: 'b', date: '2024-05-01' }, { slug: 'a', date: '2024-05-01' }, { slug: 'undated' }, { slug: 'c', date: null }, { slug: 'new', date: '2025-01-01' }], 2);
    expect(plan.map((p) => p.slugs)).toEqual([['new'], ['a', 'b'], ['c', 'undated']]);
  });

  it('makes the newest part the primary bundle in pagefind/ and puts the others beside it', () => {
    const plan = planParts(dated(31), 2);
    expect(plan.map((p) => p.id)).toEqual(Array.from({ length: 16 }, (_, i) => 15 - i));
    expect(plan.filter((p) => p.primary)).toEqual([plan[0]]);
    expect(plan[0]!.dir).toBe('pagefind/');
    expect(plan[0]!.slugs).toEqual(['article-31']);
    for (const part of plan.slice(1)) expect(part.dir).toBe(`pagefind/part-${part.id}/`);
  });

  it('grows the parts of a site too large for the search page to merge them all, and keeps the minimum otherwise', () => {
    expect(partSizeFor(10_000, 1000)).toBe(1000);
    expect(partSizeFor(MAX_PARTS * 1000, 1000)).toBe(1000);
    expect(partSizeFor(MAX_PARTS * 1000 + 1, 1000)).toBe(2000);
    expect(partSizeFor(50_000, 1000)).toBe(2000);
    const plan = planParts(dated(MAX_PARTS * 3), 2);
    expect(plan.length).toBeLessThanOrEqual(MAX_PARTS);
    expect(plan.map((p) => p.slugs.length).sort((a, b) => b - a)[0]).toBe(4);
    expect(plan.flatMap((p) => p.slugs).sort()).toEqual(dated(MAX_PARTS * 3).map((a) => a.slug).sort());
  });

  it('keeps the part size, and so every full part, while a large site grows', () => {
    // Between one doubling and the next the size stays put: new articles only fill the newest part.
    const sizes = new Set([35_000, 41_000, 50_000, 60_000, 68_000].map((n) => partSizeFor(n, 1000)));
    expect([...sizes]).toEqual([2000]);
    const before = planParts(dated(MAX_PARTS * 3), 2).filter((p) => !p.primary);
    const after = planParts(dated(MAX_PARTS * 3 + 1), 2).filter((p) => !p.primary);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, before.length - 1));
  });

  it('has one part at the default size for a small site', () => {
    expect(planParts(dated(30), DEFAULT_PART_SIZE)).toEqual([{ id: 0, dir: 'pagefind/', primary: true, slugs: dated(30).map((a) => a.slug).sort() }]);
  });

  it('still plans an empty primary bundle for a site with no articles', () => {
    expect(planParts([], 2000)).toEqual([{ id: 0, dir: 'pagefind/', primary: true, slugs: [] }]);
  });

  it('changes only the newest part when a new article is added, and an edit that keeps dates changes none', () => {
    const all = dated(9_999);
    const before = planParts(all, 2000);
    const after = planParts([...all, { slug: 'late-breaking-news', date: '2049-01-01' }], 2000);
    const changed = after.filter((p, i) => JSON.stringify(p) !== JSON.stringify(before[i]));
    expect(changed.map((p) => p.id)).toEqual([4]);
    expect(changed[0]!.slugs).toContain('late-breaking-news');
    expect(planParts(all.map((a) => ({ ...a })), 2000)).toEqual(before);
  });

  it('starts a new primary part when the newest one is full, leaving the older parts as they were', () => {
    const before = planParts(dated(4), 2);
    const after = planParts([...dated(4), { slug: 'fifth', date: '2030-01-01' }], 2);
    expect(after.map((p) => [p.id, p.primary, p.slugs])).toEqual([[2, true, ['fifth']], ...before.map((p) => [p.id, false, p.slugs])]);
  });
});

describe('pageDate', () => {
  it('reads the date an article page gives the date sort, or null', () => {
    expect(pageDate('<article class="article" data-search-date="2025-03-08" data-search-year="2025">')).toBe('2025-03-08');
    expect(pageDate('<article class="article" data-pagefind-body>')).toBeNull();
  });
});

describe('partGlob', () => {
  it('matches the pages of exactly the part’s articles', () => {
    expect(partGlob('articles/', ['ferry-strike', '東京の港', 'año-2024'])).toBe('articles/{ferry-strike,東京の港,año-2024}/index.html');
    expect(partGlob('articles/', ['only-one'])).toBe('articles/{only-one}/index.html');
  });

  it('refuses folder names a glob would read as syntax', () => {
    for (const slug of ['a,b', 'a}b', 'a*', 'x?', '[x]', '.hidden', 'a b', 'a\\b', '']) expect(() => partGlob('articles/', ['ok', slug]), slug).toThrow(/glob/);
  });
});

describe('partGlobs', () => {
  it('names every slug once, at most so many per glob, in order', () => {
    expect(partGlobs('articles/', ['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['articles/{a,b}/index.html', 'articles/{c,d}/index.html', 'articles/{e}/index.html']);
    expect(partGlobs('articles/', [], 2)).toEqual([]);
  });

  it('keeps a default part of 5,000 articles to globs Pagefind parses (at most GLOB_SLUGS names)', () => {
    const slugs = Array.from({ length: 5000 }, (_, i) => `article-${i}`);
    const globs = partGlobs('articles/', slugs);
    expect(globs).toHaveLength(Math.ceil(5000 / GLOB_SLUGS));
    expect(globs.flatMap((g) => g.slice('articles/{'.length, -'}/index.html'.length).split(','))).toEqual(slugs);
  });
});

describe('part manifests', () => {
  const pages: [string, string][] = [['/articles/b/', 'h2'], ['/articles/a/', 'h1']];
  const manifest = partManifest('1.6.0', { forceLanguage: 'en', keepIndexUrl: undefined }, pages);

  it('are sorted, so the order pages were found in does not matter', () => {
    expect(manifest).toEqual({ pagefind: '1.6.0', options: { forceLanguage: 'en' }, pages: [['/articles/a/', 'h1'], ['/articles/b/', 'h2']] });
    expect(sameManifest(JSON.parse(JSON.stringify(manifest)), partManifest('1.6.0', { forceLanguage: 'en' }, [...pages].reverse()))).toBe(true);
  });

  it('differ when a page changes, comes or goes, or Pagefind or its options change', () => {
    const cached = JSON.parse(JSON.stringify(manifest));
    expect(sameManifest(cached, partManifest('1.6.0', { forceLanguage: 'en' }, [['/articles/a/', 'h1'], ['/articles/b/', 'h3']]))).toBe(false);
    expect(sameManifest(cached, partManifest('1.6.0', { forceLanguage: 'en' }, [['/articles/a/', 'h1']]))).toBe(false);
    expect(sameManifest(cached, partManifest('1.6.0', { forceLanguage: 'en' }, [...pages, ['/articles/c/', 'h3']]))).toBe(false);
    expect(sameManifest(cached, partManifest('1.7.0', { forceLanguage: 'en' }, pages))).toBe(false);
    expect(sameManifest(cached, partManifest('1.6.0', { forceLanguage: 'es' }, pages))).toBe(false);
  });

  it('never match a missing or unreadable cache entry', () => {
    for (const cached of [undefined, null, {}, 'x']) expect(sameManifest(cached, manifest)).toBe(false);
  });
});

describe('merged bundles', () => {
  it('keep the index files and leave Pagefind’s scripts, styles and Wasm to the primary bundle', () => {
    const kept = ['pagefind-entry.json', 'pagefind.en_2f9f0e4fd3.pf_meta', 'fragment/en_1a2b.pf_fragment', 'index/en_3c4d.pf_index', 'filter/en_5e6f.pf_filter'];
    const dropped = ['pagefind.js', 'pagefind-worker.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-ui.js', 'pagefind-highlight.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind'];
    expect(kept.filter(isMergedBundleFile)).toEqual(kept);
    expect(dropped.filter(isMergedBundleFile)).toEqual([]);
  });
});

describe('SEARCH_PART_SIZE', () => {
  it('sets the part size, defaulting to DEFAULT_PART_SIZE', () => {
    expect(readConfig({}).searchPartSize).toBe(DEFAULT_PART_SIZE);
    expect(readConfig({ SEARCH_PART_SIZE: ' 2 ' }).searchPartSize).toBe(2);
  });

  it('must be a positive whole number', () => {
    for (const bad of ['0', '-5', '2.5', 'many']) expect(() => readConfig({ SEARCH_PART_SIZE: bad })).toThrow(/SEARCH_PART_SIZE/);
  });
});

describe('indexedContent', () => {
  const page = (related: string) => `<main><article>Body</article>${UNINDEXED_START}<aside>${related}</aside>${UNINDEXED_END}<footer>f</footer></main>`;

  it('leaves out what lies between the marks, so a change there keeps the same hash input', () => {
    expect(indexedContent(page('one'))).toBe('<main><article>Body</article><footer>f</footer></main>');
    expect(indexedContent(page('two'))).toBe(indexedContent(page('one')));
  });

  it('keeps everything outside the marks, and several marked stretches all go', () => {
    const html = `a${UNINDEXED_START}x${UNINDEXED_END}b${UNINDEXED_START}y${UNINDEXED_END}c`;
    expect(indexedContent(html)).toBe('abc');
    expect(indexedContent('<p>no marks</p>')).toBe('<p>no marks</p>');
  });

  it('hides nothing after an unclosed mark', () => {
    const html = `a${UNINDEXED_START}b`;
    expect(indexedContent(html)).toBe(html);
  });
});
