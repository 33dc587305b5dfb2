/**
 * The pages' one way to the articles: read from the collection once per build, sorted
 * once, and shared by every page that lists them.
 *
 * This folder (src/data/) is the pages' door to the data. Its modules stay out of src/lib
 * because they are Astro-side: they import `astro:*` virtual modules or hold the parsed
 * environment for pages, which the framework-free wings must never do.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { BodyCache } from '../lib/build/body-cache.ts';
import { withBodyImages } from './body-images.ts';
import { compareNewestFirst } from '../lib/site/listing.ts';
import { htmlToText, RelatedCorpus, termCounts, type Bag } from '../lib/site/related.ts';
import type { ArticleEntryData } from '../lib/content/schema.ts';
import { groupArchive, groupAuthors, groupTags, neighbourMap, pickSections, type Archive, type AuthorGroup, type Neighbours, type Section, type TagGroup } from '../lib/site/taxonomy.ts';
import { tagSlug } from '../lib/site/urls.ts';
import { config } from './site.ts';

/** Pages see articles with the key of their rendered body. */
type Article = ArticleEntryData;

export type ArticleEntry = CollectionEntry<'articles'>;

let sorted: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  sorted ??= getCollection('articles').then((entries) => entries.map((e) => e.data).sort(compareNewestFirst));
  return sorted;
}

const bodies = new BodyCache(config.cacheDir);
let bySlug: Promise<Map<string, Article>> | undefined;

/** The stored body, its local images still placeholders: enough for its text. */
async function storedHtml(slug: string): Promise<{ article: Article; html: string }> {
  bySlug ??= getArticles().then((articles) => new Map(articles.map((a) => [a.slug, a])));
  const article = (await bySlug).get(slug);
  if (!article) throw new Error(`no article with slug "${slug}"`);
  const html = bodies.read(article.bodyKey);
  // The loader wrote it during this build's content sync; missing means the cache was removed mid-build.
  if (html === undefined) throw new Error(`the rendered body of "${slug}" is missing from ${bodies.dir}; run the build again`);
  return { article, html };
}

/** The sanitized body HTML of an article, read from the body cache the loader wrote, with its local images built. */
export async function getArticleHtml(slug: string): Promise<string> {
  const { article, html } = await storedHtml(slug);
  return withBodyImages(article, html);
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

let authors: Promise<AuthorGroup<Article>[]> | undefined;
let sections: Promise<Section[]> | undefined;

/** Bylines grouped by slug, most articles first; each lists its articles newest first. */
export function getAuthors(): Promise<AuthorGroup<Article>[]> {
  authors ??= getArticles().then(groupAuthors);
  return authors;
}

/** The masthead's sections: SITE_SECTIONS, else the most used tags. */
export function getSections(): Promise<Section[]> {
  sections ??= getTags().then((groups) => pickSections(groups, config.siteSections));
  return sections;
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

/**
 * Related lists depend on every article's text, tags and date, so they are kept in the cache
 * folder under the digest of all of them: a build with no article changed reads them back
 * instead of reading every body again (seconds at 10,000 articles). After an edit they are
 * computed again, but from each article's term counts, which are kept too (keyed by what they
 * are counted from): only the edited articles' bodies are read and counted. The lists are the
 * same as computing from every body, since the counts are all the computation keeps of a text.
 */
const RELATED_VERSION = 'related-3'; // bump when src/lib/site/related.ts changes how lists are chosen, or the kept counts' format
const relatedDir = path.join(config.cacheDir, 'related');
const termsFile = path.join(relatedDir, 'terms.json');

function relatedCacheFile(articles: readonly Article[]): string {
  const hash = createHash('sha256').update(RELATED_VERSION);
  for (const a of articles) hash.update(`\0${a.slug}\0${a.bodyKey}\0${a.date}\0${a.title}\0${a.description}\0${a.tags.join('\u0001')}`);
  return path.join(relatedDir, `${hash.digest('base64url')}.json`);
}

/** What an article's term counts are counted from: its title, description, tags and body. */
function termsKey(a: Article): string {
  return createHash('sha256').update(`${RELATED_VERSION}\0${a.bodyKey}\0${a.title}\0${a.description}\0${a.tags.join('\u0001')}`).digest('base64url');
}

/**
 * Kept counts: the terms once (a term's id is its place in `terms`), and per termsKey the
 * article's term ids and their counts, each a Uint32Array in base64. Read back by id, a kept
 * article costs no lookup of its terms by name (that, and splitting "term term …" strings, was
 * most of a warm build's related step at 10,000 articles).
 */
interface KeptTerms {
  version: typeof RELATED_VERSION;
  terms: string[];
  bags: Record<string, [ids: string, counts: string]>;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Uint32 values in base64 (the platform's byte order: the file never leaves the cache folder). */
const toBase64 = (values: Uint32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4) throw new Error('not a whole number of 32-bit values');
  const values = new Uint32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

/** The kept counts, or none when missing, of another version or unreadable (then every body is counted again). */
function readKeptTerms(): { corpus: RelatedCorpus; bags: KeptTerms['bags'] } {
  const kept = readJson<KeptTerms>(termsFile);
  if (kept?.version === RELATED_VERSION && Array.isArray(kept.terms) && kept.terms.every((t) => typeof t === 'string') && typeof kept.bags === 'object' && kept.bags) {
    try {
      return { corpus: new RelatedCorpus(kept.terms), bags: kept.bags };
    } catch {
      // A vocabulary that names a term twice: counted again below.
    }
  }
  return { corpus: new RelatedCorpus(), bags: {} };
}

/**
 * Every article's term counts into a corpus: the kept ones, and those of new or edited articles
 * counted from their bodies. Returns the corpus and what to keep for the next build: each bag
 * as added, in a vocabulary of only the terms they hold (an edit's old terms do not pile up).
 */
async function addTermCounts(articles: readonly Article[]): Promise<{ corpus: RelatedCorpus; keep: () => KeptTerms }> {
  const { corpus, bags: previous } = readKeptTerms();
  const added: [key: string, bag: Bag][] = [];
  for (const a of articles) {
    const key = termsKey(a);
    const doc = { slug: a.slug, date: a.date, tags: a.tags.map(tagSlug) };
    const packed = previous[key];
    if (Array.isArray(packed) && typeof packed[0] === 'string' && typeof packed[1] === 'string') {
      try {
        const bag = { keys: fromBase64(packed[0]), counts: fromBase64(packed[1]) };
        corpus.addBag(doc, bag);
        added.push([key, bag]);
        continue;
      } catch {
        // Damaged or not of this vocabulary: counted again from the body.
      }
    }
    // One body at a time, through storedHtml so this follows wherever bodies are stored: only each one's
    // term counts are kept. Holding every text (and a Map per document) peaked at ~0.4 GB of heap at 10,000.
    const text = `${a.description} ${a.tags.join(' ')} ${htmlToText((await storedHtml(a.slug)).html)}`;
    const bag = corpus.bagOf(termCounts({ title: a.title, text }));
    corpus.addBag(doc, bag);
    added.push([key, bag]);
  }
  const keep = (): KeptTerms => {
    // Ids renumbered in order of first use, so the kept vocabulary holds only terms in use.
    const names = corpus.vocabulary;
    const renumbered = new Int32Array(names.length).fill(-1);
    const terms: string[] = [];
    const newId = (id: number) => {
      if (renumbered[id]! < 0) {
        renumbered[id] = terms.length;
        terms.push(names[id]!);
      }
      return renumbered[id]!;
    };
    const bags: KeptTerms['bags'] = {};
    for (const [key, bag] of added) bags[key] = [toBase64(bag.keys.map(newId)), toBase64(bag.counts)];
    return { version: RELATED_VERSION, terms, bags };
  };
  return { corpus, keep };
}

/** Up to five articles like this one, by shared tags and words, best first. */
export async function getRelated(slug: string): Promise<Article[]> {
  related ??= getArticles().then(async (articles) => {
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    const file = relatedCacheFile(articles);
    const lists = readJson<Record<string, string[]>>(file);
    if (lists) return new Map(Object.entries(lists).map(([s, list]) => [s, list.map((r) => bySlug.get(r)!)]));
    const { corpus, keep } = await addTermCounts(articles);
    const computed = corpus.compute().related;
    rmSync(relatedDir, { recursive: true, force: true });
    mkdirSync(relatedDir, { recursive: true });
    // Only the current articles' counts are kept, so the file does not grow with every edit.
    writeFileSync(termsFile, JSON.stringify(keep()));
    writeFileSync(file, JSON.stringify(Object.fromEntries(computed)));
    return new Map([...computed].map(([s, list]) => [s, list.map((r) => bySlug.get(r)!)]));
  });
  return (await related).get(slug) ?? [];
}
