import { describe, expect, it } from 'vitest';
import { asLink, asSummary, digested, digestOfJson, pageCacheKey, stableJson, stableJsonWithout } from '../../../src/lib/build/cache-key.ts';

const site = { siteTitle: 'News', siteLang: 'en', basePath: '/' };
const a = { slug: 'a', title: 'A', date: '2024-01-02', lang: 'en', bodyKey: 'body-1', file: 'a.md', wordCount: 10, tags: ['x'] };
const b = { slug: 'b', title: 'B', date: '2024-01-01', lang: 'en', bodyKey: 'body-2', file: 'b.md', wordCount: 20, tags: [] };

describe('pageCacheKey', () => {
  it('is the same for the same inputs, whatever the property order', () => {
    expect(pageCacheKey(site, a, { related: [asLink(b)] })).toBe(pageCacheKey({ basePath: '/', siteLang: 'en', siteTitle: 'News' }, { ...a }, { related: [asLink({ ...b })] }));
  });

  it("changes with the subject's body but not with a linked article's body or word count", () => {
    const key = pageCacheKey(site, a, { related: [asLink(b)] });
    expect(pageCacheKey(site, { ...a, bodyKey: 'body-1b' }, { related: [asLink(b)] })).not.toBe(key);
    const b2 = { ...b, bodyKey: 'body-2b', wordCount: 21 };
    expect(pageCacheKey(site, a, { related: [asLink(b2)] })).toBe(key);
    expect(pageCacheKey(site, a, { related: [asLink({ ...b, title: 'B2' })] })).not.toBe(key);
  });

  it('changes with what a list shows: a title, a date, a word count, the order, the page, the configuration', () => {
    const key = pageCacheKey(site, null, { items: [a, b].map(asSummary), number: 1 });
    expect(pageCacheKey(site, null, { items: [{ ...a, title: 'A2' }, b].map(asSummary), number: 1 })).not.toBe(key);
    expect(pageCacheKey(site, null, { items: [{ ...a, date: '2024-01-03' }, b].map(asSummary), number: 1 })).not.toBe(key);
    expect(pageCacheKey(site, null, { items: [{ ...a, wordCount: 11 }, b].map(asSummary), number: 1 })).not.toBe(key);
    expect(pageCacheKey(site, null, { items: [b, a].map(asSummary), number: 1 })).not.toBe(key);
    expect(pageCacheKey(site, null, { items: [a, b].map(asSummary), number: 2 })).not.toBe(key);
    expect(pageCacheKey({ ...site, siteTitle: 'Other' }, null, { items: [a, b].map(asSummary), number: 1 })).not.toBe(key);
    expect(pageCacheKey(site, null, { items: [{ ...a, bodyKey: 'body-1b', file: 'moved/a.md' }, b].map(asSummary), number: 1 })).toBe(key);
  });

  it('tells a missing neighbour from a present one', () => {
    expect(pageCacheKey(site, a, { newer: null, older: asLink(b) })).not.toBe(pageCacheKey(site, a, { newer: asLink(b), older: null }));
  });
});

describe('stableJson', () => {
  // What keys were made with before: JSON.stringify with a replacer that sorts object keys.
  const sortedReplacer = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : v));

  it('writes what JSON.stringify writes with keys sorted', () => {
    const samples: unknown[] = [
      null, 'a "quoted" \u2028 line', 3.5, -0, Number.NaN, Infinity, true, [],
      { b: 1, a: [1, undefined, () => 1, null, { d: 'x', c: undefined }], e: new Date('2024-05-06T07:08:09Z'), f: { toJSON: () => ({ z: 1, y: 2 }) } },
      [{ slug: 'b', tags: ['x', 'é'] }, { title: 'A', date: null, nested: { deep: [{ k: 2, j: 1 }] } }],
    ];
    for (const sample of samples) expect(stableJson(sample)).toBe(sortedReplacer(sample));
    expect(stableJson(undefined)).toBe(undefined);
  });
});

describe('digested parts', () => {
  const card = { slug: 'b', title: 'B', tags: ['x'], date: '2024-05-06' };
  it('give one key for equal values, whatever their property order', () => {
    const reordered = { date: '2024-05-06', tags: ['x'], title: 'B', slug: 'b' };
    expect(pageCacheKey(digested(site), a, { related: [digested(card)] })).toBe(pageCacheKey(digested(site), a, { related: [digested(reordered)] }));
  });
  it('give another key when any field of the value changes', () => {
    const key = pageCacheKey(digested(site), a, { related: [digested(card)] });
    for (const changed of [{ ...card, title: 'B!' }, { ...card, tags: ['x', 'y'] }, { ...card, date: null }, { ...card, extra: 1 }]) {
      expect(pageCacheKey(digested(site), a, { related: [digested(changed)] })).not.toBe(key);
    }
    expect(pageCacheKey(digested({ ...site, title: 'Another' }), a, { related: [digested(card)] })).not.toBe(key);
  });
});

describe('stableJsonWithout', () => {
  it('writes the whole record and its projection as stableJson writes each', () => {
    const record = { title: 'T', bodyKey: 'b1', file: 'a.md', tags: ['x', { z: 1, y: [2] }], gone: undefined, date: new Date('2024-05-06T07:08:09Z') };
    const { bodyKey: _b, file: _f, ...projected } = record;
    expect(stableJsonWithout(record, new Set(['bodyKey', 'file']))).toEqual([stableJson(record), stableJson(projected)]);
    expect(stableJsonWithout({ only: 1 }, new Set(['only']))).toEqual(['{"only":1}', '{}']);
    expect(digestOfJson(stableJson(projected)!)).toEqual(digested(projected));
  });
});
