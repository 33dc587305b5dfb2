import { describe, expect, it } from 'vitest';
import { searchAttributes } from '../../../src/lib/search/attributes';
import { readQuery, withQuery } from '../../../src/lib/search/query';

describe('searchAttributes', () => {
  it('marks the article as the indexed body with tag and year filters, date meta and sort', () => {
    expect(searchAttributes({ date: '2025-03-08', tags: ['Transport', 'Local news'] })).toEqual({
      'data-pagefind-body': '',
      'data-search-tag-0': 'Transport',
      'data-search-tag-1': 'Local news',
      'data-search-date': '2025-03-08',
      'data-search-year': '2025',
      'data-pagefind-filter': 'tag[data-search-tag-0], tag[data-search-tag-1], year[data-search-year]',
      'data-pagefind-meta': 'date[data-search-date]',
      'data-pagefind-sort': 'date[data-search-date]',
    });
  });

  it('keeps commas and colons of a tag out of the filter syntax', () => {
    const attrs = searchAttributes({ date: null, tags: ['Health: a, b'] });
    expect(attrs['data-pagefind-filter']).toBe('tag[data-search-tag-0]');
    expect(attrs['data-search-tag-0']).toBe('Health: a, b');
  });

  it('files every spelling of a tag under its site-wide name, once', () => {
    const canonical = (tag: string) => (tag.toLowerCase().replace(/[\s-]+/g, ' ') === 'local news' ? 'Local news' : tag);
    const attrs = searchAttributes({ date: null, tags: ['local-news', 'Local news', 'Ferries'] }, canonical);
    expect(attrs['data-search-tag-0']).toBe('Local news');
    expect(attrs['data-search-tag-1']).toBe('Ferries');
    expect(attrs['data-pagefind-filter']).toBe('tag[data-search-tag-0], tag[data-search-tag-1]');
  });

  it('gives an undated, untagged article only the body marker', () => {
    expect(searchAttributes({ date: null, tags: [] })).toEqual({ 'data-pagefind-body': '' });
  });
});

describe('search query parameter', () => {
  it('reads and trims q', () => {
    expect(readQuery('?q=%20ferry%20strike%20')).toBe('ferry strike');
    expect(readQuery('?x=1')).toBe('');
    expect(readQuery('')).toBe('');
  });

  it('sets q, keeps other parameters and removes q for a blank term', () => {
    expect(withQuery('https://example.org/news/search/?lang=es', 'río & mar')).toBe('https://example.org/news/search/?lang=es&q=r%C3%ADo+%26+mar');
    expect(withQuery('https://example.org/news/search/?q=old', '  ')).toBe('https://example.org/news/search/');
  });
});
