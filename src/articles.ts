/**
 * The pages' one way to the articles: read from the collection once per build, sorted
 * once, and shared by every page that lists them.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './lib/listing.ts';
import type { Article } from './lib/schema.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  sorted ??= getCollection('articles').then((entries) => entries.map((e) => e.data).sort(compareNewestFirst));
  return sorted;
}

/** The sanitized body HTML of an article. */
export async function getArticleHtml(slug: string): Promise<string> {
  const entry = await getEntry('articles', slug);
  return entry?.rendered?.html ?? '';
}
