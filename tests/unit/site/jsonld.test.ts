import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../../../src/lib/site/jsonld';

const fields = {
  title: 'Ferry crews call off weekend strike',
  description: 'The union agreed.',
  date: '2025-03-08',
  updated: null,
  author: 'Priya Nandakumar',
  lang: 'en',
};
const ctx = { url: 'https://example.org/news/articles/ferry/', siteTitle: 'The Ledger', siteHome: 'https://example.org/news/' };

describe('serializeJsonLd', () => {
  it('escapes everything that could end or confuse a script element', () => {
    const out = serializeJsonLd({ a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'a & b', d: 'x\u2028y\u2029z' });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(out).toContain('\\u0026');
    expect(out).toContain('\\u2028');
    expect(out).toContain('\\u2029');
  });

  it('is lossless: the escaped text parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = serializeJsonLd(value);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});

describe('newsArticleJsonLd', () => {
  it('describes an article with its byline, publisher, dates and page', () => {
    expect(newsArticleJsonLd(fields, { ...ctx, image: 'https://example.org/news/images/f.jpg' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry crews call off weekend strike',
      description: 'The union agreed.',
      datePublished: '2025-03-08',
      dateModified: '2025-03-08',
      image: ['https://example.org/news/images/f.jpg'],
      author: { '@type': 'Person', name: 'Priya Nandakumar' },
      publisher: { '@type': 'Organization', name: 'The Ledger', url: 'https://example.org/news/' },
      inLanguage: 'en',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/articles/ferry/' },
      url: 'https://example.org/news/articles/ferry/',
    });
  });

  it('uses the update date as dateModified', () => {
    expect(newsArticleJsonLd({ ...fields, updated: '2025-04-01' }, ctx)).toMatchObject({ datePublished: '2025-03-08', dateModified: '2025-04-01' });
  });

  it('leaves out what the article does not have instead of inventing it', () => {
    const data = newsArticleJsonLd({ ...fields, date: null, author: null, description: '' }, { ...ctx, authorUrl: 'https://example.org/news/authors/x/' });
    for (const key of ['datePublished', 'dateModified', 'author', 'image', 'description']) expect(data).not.toHaveProperty(key);
    expect(data).toMatchObject({ headline: fields.title, inLanguage: 'en' });
  });
});

describe('author as a Person with a page', () => {
  it('links the byline to its author page', () => {
    const data = newsArticleJsonLd(fields, { ...ctx, authorUrl: 'https://example.org/news/authors/priya-nandakumar/' });
    expect(data.author).toEqual({ '@type': 'Person', name: 'Priya Nandakumar', url: 'https://example.org/news/authors/priya-nandakumar/' });
  });
});
