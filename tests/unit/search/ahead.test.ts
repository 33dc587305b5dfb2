import { describe, expect, it } from 'vitest';
import { startIndexingAhead, wholePage } from '../../../src/lib/search/ahead.ts';
import { planParts, type SearchPart } from '../../../src/lib/search/parts.ts';

const page = (date: string | null) => `<html><body data-pagefind-body${date ? ` data-search-date="${date}"` : ''}><p>text</p></body></html>\n`;

/** Six dated articles, two a part: parts [e, f], [c, d], [a, b], newest first. */
const articles = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug, i) => ({ slug, date: `2024-01-0${i + 1}` }));

/** A fake output folder the test writes pages into, and a record of what was indexed. */
function site() {
  const files = new Map<string, string>();
  const indexed: { id: number; slugs: string[] }[] = [];
  const write = (slug: string, html = page(articles.find((a) => a.slug === slug)!.date)) => files.set(slug, html);
  const ahead = startIndexingAhead({
    articles,
    partSize: 2,
    pageFile: (slug) => slug,
    pollMs: 5,
    read: (file) => {
      const html = files.get(file);
      if (html === undefined) throw new Error('ENOENT');
      return html;
    },
    indexPart: async (part: SearchPart, pages) => {
      expect([...pages.keys()].sort()).toEqual(part.slugs);
      indexed.push({ id: part.id, slugs: part.slugs });
      return true;
    },
  });
  return { write, files, indexed, ahead };
}

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('wholePage', () => {
  it('takes a page that ends its html element, and not one cut short or missing', () => {
    expect(wholePage(() => page('2024-01-01'))).toBe(page('2024-01-01'));
    expect(wholePage(() => page('2024-01-01').slice(0, 40))).toBeUndefined();
    expect(wholePage(() => '')).toBeUndefined();
    expect(wholePage(() => { throw new Error('ENOENT'); })).toBeUndefined();
  });
});

describe('startIndexingAhead', () => {
  it('plans the parts the search step plans from the same articles', () => {
    expect(planParts(articles, 2).map((p) => p.slugs)).toEqual([['e', 'f'], ['c', 'd'], ['a', 'b']]);
  });

  it('indexes each part as soon as all its pages are written, before the build ends', async () => {
    const { write, indexed, ahead } = site();
    write('f');
    await tick();
    expect(indexed).toEqual([]);
    write('e');
    await tick();
    expect(indexed.map((p) => p.slugs)).toEqual([['e', 'f']]);
    for (const slug of ['d', 'c', 'b', 'a']) write(slug);
    const result = await ahead.finish();
    expect(indexed.map((p) => p.slugs)).toEqual([['e', 'f'], ['c', 'd'], ['a', 'b']]);
    expect(result).toEqual({ indexed: [2, 1, 0], cached: 0, left: 0 });
  });

  it('waits for a page that is only partly written', async () => {
    const { write, indexed, ahead } = site();
    write('f');
    write('e', page('2024-01-05').slice(0, 30));
    await tick();
    expect(indexed).toEqual([]);
    write('e');
    await tick();
    expect(indexed).toHaveLength(1);
    await ahead.finish();
  });

  it('leaves a part to the search step when a page never comes or has another date than planned', async () => {
    const { write, indexed, ahead } = site();
    write('f');
    write('e', page('2023-12-31'));
    for (const slug of ['d', 'c', 'b', 'a']) write(slug);
    const result = await ahead.finish();
    // The newest part is off the plan, so nothing after it is trusted either.
    expect(indexed).toEqual([]);
    expect(result).toEqual({ indexed: [], cached: 0, left: 3 });
  });

  it('stops at the first part whose pages are missing when the build has written every page', async () => {
    const { write, indexed, ahead } = site();
    write('f');
    write('e');
    write('d');
    const result = await ahead.finish();
    expect(indexed.map((p) => p.id)).toEqual([2]);
    expect(result.left).toBe(2);
  });

  it('counts a part the cache already holds as cached, not indexed', async () => {
    const files = new Map(articles.map((a) => [a.slug, page(a.date)]));
    const ahead = startIndexingAhead({ articles, partSize: 2, pageFile: (s) => s, read: (f) => files.get(f)!, indexPart: async (part) => part.id !== 1 });
    expect(await ahead.finish()).toEqual({ indexed: [2, 0], cached: 1, left: 0 });
  });

  it('into a kept output, indexes only the changed articles’ parts, once their pages are the new ones', async () => {
    // Every page is there from the last build; d was edited, and its new page has other text.
    const files = new Map(articles.map((a) => [a.slug, page(a.date)]));
    const edited = page('2024-01-04').replace('text', 'edited text');
    const indexed: number[] = [];
    const ahead = startIndexingAhead({
      articles,
      partSize: 2,
      pageFile: (s) => s,
      pollMs: 5,
      read: (f) => files.get(f)!,
      changed: { slugs: new Set(['d']), isNew: (slug, html) => html !== page(articles.find((a) => a.slug === slug)!.date) },
      indexPart: async (part, pages) => {
        expect(pages.get('d')).toBe(edited);
        indexed.push(part.id);
        return true;
      },
    });
    await tick();
    expect(indexed).toEqual([]);
    files.set('d', edited);
    await tick();
    expect(indexed).toEqual([1]);
    // The parts without a changed article are left to the search step, which finds them in the cache.
    expect(await ahead.finish()).toEqual({ indexed: [1], cached: 0, left: 2 });
  });

  it('into a kept output, leaves a changed article’s part to the search step when its page is never written anew', async () => {
    const files = new Map(articles.map((a) => [a.slug, page(a.date)]));
    const ahead = startIndexingAhead({ articles, partSize: 2, pageFile: (s) => s, pollMs: 5, read: (f) => files.get(f)!, changed: { slugs: new Set(['b']), isNew: () => false }, indexPart: async () => true });
    await tick();
    expect(await ahead.finish()).toEqual({ indexed: [], cached: 0, left: 3 });
  });

  it('passes on an indexing failure to finish, for the search step to report', async () => {
    const files = new Map(articles.map((a) => [a.slug, page(a.date)]));
    const ahead = startIndexingAhead({ articles, partSize: 2, pageFile: (s) => s, read: (f) => files.get(f)!, indexPart: async () => { throw new Error('Pagefind stopped'); } });
    await expect(ahead.finish()).rejects.toThrow('Pagefind stopped');
  });
});
