/**
 * The pages' one way to the articles: read from the collection once per build, sorted
 * once, and shared by every page that lists them.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './lib/listing.ts';
import { computeRelated, htmlToText } from './lib/related.ts';
import type { Article } from './lib/schema.ts';
import { groupArchive, groupTags, neighbourMap, type Archive, type Neighbours, type TagGroup } from './lib/taxonomy.ts';
import { tagSlug } from './lib/urls.ts';

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

// Finding articles: each is worked out once per build, on first use, for every page.
let tags: Promise<TagGroup<Article>[]> | undefined;
let archive: Promise<Archive<Article>> | undefined;
let neighbours: Promise<Map<string, Neighbours<Article>>> | undefined;
let related: Promise<Map<string, Article[]>> | undefined;

/** Tags grouped by slug, most used first; each lists its articles newest first. */
export function getTags(): Promise<TagGroup<Article>[]> {
  tags ??= getArticles().then(groupTags);
  return tags;
}

/** Articles by year and month, newest first, then the undated ones. */
export function getArchive(): Promise<Archive<Article>> {
  archive ??= getArticles().then(groupArchive);
  return archive;
}

/** The articles either side of one in index order. */
export async function getNeighbours(slug: string): Promise<Neighbours<Article>> {
  neighbours ??= getArticles().then(neighbourMap);
  return (await neighbours).get(slug) ?? { newer: null, older: null };
}

/** Up to five articles like this one, by shared tags and words, best first. */
export async function getRelated(slug: string): Promise<Article[]> {
  related ??= Promise.all([getArticles(), getCollection('articles')]).then(([articles, entries]) => {
    const html = new Map(entries.map((e) => [e.id, e.rendered?.html ?? '']));
    const { related: slugs } = computeRelated(
      articles.map((a) => ({
        slug: a.slug,
        date: a.date,
        title: a.title,
        text: `${a.description} ${a.tags.join(' ')} ${htmlToText(html.get(a.slug) ?? '')}`,
        tags: a.tags.map(tagSlug),
      })),
    );
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    return new Map([...slugs].map(([s, list]) => [s, list.map((r) => bySlug.get(r)!)]));
  });
  return (await related).get(slug) ?? [];
}
