import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../src/lib/site/listing.ts';
import { groupArchive, groupAuthors, groupTags, neighbourMap, pickSections } from '../../../src/lib/site/taxonomy.ts';

interface Item {
  slug: string;
  title: string;
  date: string | null;
  tags: string[];
}
const item = (slug: string, date: string | null, tags: string[] = []): Item => ({ slug, title: slug, date, tags });
const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);

describe('groupTags', () => {
  it('counts articles per tag, most used first, then by name', () => {
    const groups = groupTags([item('a', null, ['Zebra', 'Apple']), item('b', null, ['Zebra', 'Mango']), item('c', null, ['Apple'])]);
    expect(groups.map((g) => [g.name, g.articles.length])).toEqual([['Apple', 2], ['Zebra', 2], ['Mango', 1]]);
  });

  it('treats spellings with the same slug as one tag named by the most common spelling', () => {
    const groups = groupTags([
      item('a', null, ['local-news']),
      item('b', null, ['Local news']),
      item('c', null, ['Local news']),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ slug: 'local-news', name: 'Local news' });
    expect(slugs(groups[0]!.articles)).toEqual(['a', 'b', 'c']);
  });

  it('breaks a tie between spellings the same way whatever the order', () => {
    const one = groupTags([item('a', null, ['local-news']), item('b', null, ['Local news'])]);
    const two = groupTags([item('b', null, ['Local news']), item('a', null, ['local-news'])]);
    expect(one[0]!.name).toBe(two[0]!.name);
  });

  it('lists an article once when it carries two spellings of a tag', () => {
    const [group] = groupTags([item('a', null, ['Local news', 'local news'])]);
    expect(slugs(group!.articles)).toEqual(['a']);
  });

  it('keeps the input order of articles within a tag', () => {
    const [group] = groupTags([item('new', '2025-01-02', ['x']), item('old', '2024-01-01', ['x'])]);
    expect(slugs(group!.articles)).toEqual(['new', 'old']);
  });

  it('has no groups when nothing is tagged', () => {
    expect(groupTags([item('a', null)])).toEqual([]);
  });
});

describe('groupArchive', () => {
  const articles = [
    item('mar-b', '2025-03-08'),
    item('mar-a', '2025-03-01'),
    item('jan', '2025-01-31'),
    item('dec', '2024-12-01'),
    item('none', null),
  ].sort(compareNewestFirst);

  it('groups by year and month, newest first, keeping order within a month', () => {
    const { years } = groupArchive(articles);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.month, slugs(m.articles)])])).toEqual([
      [2025, [[3, ['mar-b', 'mar-a']], [1, ['jan']]]],
      [2024, [[12, ['dec']]]],
    ]);
  });

  it('puts undated articles apart', () => {
    expect(slugs(groupArchive(articles).undated)).toEqual(['none']);
  });

  it('is empty for no articles', () => {
    expect(groupArchive([])).toEqual({ years: [], undated: [] });
  });
});

describe('neighbourMap', () => {
  const map = neighbourMap([item('first', '2025-03-03'), item('middle', '2025-03-02'), item('last', null)]);

  it('gives the newer and older article in index order', () => {
    expect(map.get('middle')).toEqual({ newer: expect.objectContaining({ slug: 'first' }), older: expect.objectContaining({ slug: 'last' }) });
  });

  it('has no newer article for the first and no older one for the last', () => {
    expect(map.get('first')?.newer).toBeNull();
    expect(map.get('last')?.older).toBeNull();
  });

  it('gives a lone article no neighbours', () => {
    expect(neighbourMap([item('only', null)]).get('only')).toEqual({ newer: null, older: null });
  });
});

describe('groupAuthors', () => {
  it('groups bylines by slug under the most used spelling, most articles first, skipping unsigned ones', () => {
    const list = [
      { slug: 'a', author: 'Mara Ellison' },
      { slug: 'b', author: 'Dev Okafor' },
      { slug: 'c', author: 'mara ellison' },
      { slug: 'd', author: null },
      { slug: 'e', author: 'Mara Ellison' },
    ];
    const groups = groupAuthors(list);
    expect(groups.map((g) => [g.slug, g.name, g.articles.map((a) => a.slug)])).toEqual([
      ['mara-ellison', 'Mara Ellison', ['a', 'c', 'e']],
      ['dev-okafor', 'Dev Okafor', ['b']],
    ]);
  });
});

describe('pickSections', () => {
  const groups = [{ slug: 'local', name: 'Local' }, { slug: 'transport', name: 'Transport' }, { slug: 'culture', name: 'Culture' }];
  it('takes the most used tags when none are configured', () => {
    expect(pickSections(groups, [], 2)).toEqual([{ slug: 'local', name: 'Local' }, { slug: 'transport', name: 'Transport' }]);
  });
  it('keeps the configured order and drops tags no article has', () => {
    expect(pickSections(groups, ['culture', 'Weather', 'LOCAL'])).toEqual([{ slug: 'culture', name: 'Culture' }, { slug: 'local', name: 'Local' }]);
  });
});
