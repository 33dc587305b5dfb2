/** A complete, valid article for tests; each test overrides only what it is about. */
import { articleSchema, type Article } from '../../src/lib/content/schema.ts';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const slug = overrides.slug ?? 'ferry';
  return articleSchema.parse({
    slug,
    title: 'Ferry strike off',
    date: '2025-03-08',
    updated: null,
    description: '',
    image: null,
    imageAlt: '',
    imageCaption: null,
    imageCredit: null,
    imageWidth: null,
    imageHeight: null,
    tags: [],
    author: null,
    source: null,
    lang: 'en',
    draft: false,
    wordCount: 10,
    readingMinutes: 1,
    format: 'markdown',
    file: `${slug}.md`,
    ...overrides,
  });
}
