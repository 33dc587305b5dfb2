/**
 * Ways to find articles besides the index: tags, the archive by month, and the articles
 * either side of one. Inputs are lists already in index order (newest first); outputs
 * keep that order within each group.
 */
import { calendarParts } from '../content/dates.ts';
import type { Article } from '../content/schema.ts';
import { authorSlug, tagSlug } from './urls.ts';

type Listed = Pick<Article, 'slug' | 'date' | 'tags'>;

export interface TagGroup<T> {
  /** URL segment shared by every spelling of the tag. */
  slug: string;
  /** The spelling used by most articles (ties: the first in code-point order, so builds agree). */
  name: string;
  /** Articles carrying the tag, in input order. */
  articles: T[];
}

/** Tags grouped by slug ("Local news" and "local-news" are one), most used first, then by name. */
export function groupTags<T extends Listed>(articles: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    const slugsHere = new Set<string>();
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { articles: [], spellings: new Map() }));
      group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
      // Two spellings on one article still list it once.
      if (!slugsHere.has(slug)) group.articles.push(article);
      slugsHere.add(slug);
    }
  }
  return [...groups]
    .map(([slug, g]) => ({ slug, name: mostCommon(g.spellings), articles: g.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name) || compareCodePoints(a.slug, b.slug));
}

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))[0]![0];
}

export interface ArchiveMonth<T> {
  /** 1–12. */
  month: number;
  articles: T[];
}

export interface ArchiveYear<T> {
  year: number;
  months: ArchiveMonth<T>[];
}

export interface Archive<T> {
  /** Newest year first, newest month first within it. */
  years: ArchiveYear<T>[];
  undated: T[];
}

/** Articles by year and month; each month keeps the input order. */
export function groupArchive<T extends Pick<Article, 'date'>>(articles: readonly T[]): Archive<T> {
  const byMonth = new Map<number, Map<number, T[]>>();
  const undated: T[] = [];
  for (const article of articles) {
    if (article.date === null) {
      undated.push(article);
      continue;
    }
    const { year, month } = calendarParts(article.date);
    let months = byMonth.get(year);
    if (!months) byMonth.set(year, (months = new Map()));
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(article);
  }
  const years = [...byMonth]
    .sort((a, b) => b[0] - a[0])
    .map(([year, months]) => ({
      year,
      months: [...months].sort((a, b) => b[0] - a[0]).map(([month, list]) => ({ month, articles: list })),
    }));
  return { years, undated };
}

export interface Neighbours<T> {
  /** The article before this one in index order, or null for the newest. */
  newer: T | null;
  /** The article after this one in index order, or null for the last. */
  older: T | null;
}

/** Slug → the articles either side in `articles` (index order: newest first). */
export function neighbourMap<T extends Pick<Article, 'slug'>>(articles: readonly T[]): Map<string, Neighbours<T>> {
  return new Map(articles.map((a, i) => [a.slug, { newer: articles[i - 1] ?? null, older: articles[i + 1] ?? null }]));
}

export interface AuthorGroup<T> {
  /** URL segment shared by every spelling of the byline. */
  slug: string;
  /** The spelling most articles use. */
  name: string;
  /** The author's articles, in input order. */
  articles: T[];
}

/** Bylines grouped by slug ("Mara Ellison" and "mara ellison" are one author), most articles first. */
export function groupAuthors<T extends Pick<Article, 'author'>>(articles: readonly T[]): AuthorGroup<T>[] {
  const groups = new Map<string, { articles: T[]; spellings: Map<string, number> }>();
  for (const article of articles) {
    if (!article.author) continue;
    const slug = authorSlug(article.author);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { articles: [], spellings: new Map() }));
    group.spellings.set(article.author, (group.spellings.get(article.author) ?? 0) + 1);
    group.articles.push(article);
  }
  return [...groups]
    .map(([slug, g]) => ({ slug, name: mostCommon(g.spellings), articles: g.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name) || compareCodePoints(a.slug, b.slug));
}

export interface Section {
  /** The tag's name as shown. */
  name: string;
  /** Its tag slug, to mark the current section. */
  slug: string;
}

/**
 * The masthead's sections: the configured tags in their order (those no article carries are
 * left out, so no link leads to a 404), else the `count` most used tags.
 */
export function pickSections(groups: readonly Pick<TagGroup<unknown>, 'slug' | 'name'>[], configured: readonly string[], count = 5): Section[] {
  if (configured.length) {
    const bySlug = new Map(groups.map((g) => [g.slug, g]));
    return configured.flatMap((name) => {
      const group = bySlug.get(tagSlug(name));
      return group ? [{ name: group.name, slug: group.slug }] : [];
    });
  }
  return groups.slice(0, count).map((g) => ({ name: g.name, slug: g.slug }));
}
