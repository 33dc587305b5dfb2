/**
 * Incremental-build keys for the pages' getStaticPaths (see src/lib/build/cache-key.ts), each
 * built from what its page shows. Every key holds the site's configuration, which Astro's
 * own config hash does not see, less the settings that change how a build runs, not what it
 * writes (so a cache restored under another path still counts).
 */
import { asLink, digested, digestOfJson, pageCacheKey, StableJson, stableJsonWithout } from '../lib/build/cache-key.ts';
import type { ArticleEntryData } from '../lib/content/schema.ts';
import type { Page } from '../lib/site/listing.ts';
import type { ArchiveYear } from '../lib/site/taxonomy.ts';
import { getSections } from './articles.ts';
import { config } from './site.ts';

const { contentDir: _content, cacheDir: _cache, parseWorkers: _workers, searchPartSize: _parts, ...siteConfig } = config;
// Every page's masthead lists the sections (the most used tags unless configured): a change there changes every page.
const shownConfig = digested({ ...siteConfig, sections: await getSections() });

type Article = ArticleEntryData;
const link = (a: Article | null) => a && asLink(a);

/**
 * What a story card (StoryCard) does not show of an article: what asSummary leaves out (the body
 * and the source file's name), the reading figures, the update, the source, the caption and
 * credit, the format and the draft flag. Everything else counts, new fields included.
 */
const HIDDEN_FROM_CARD = new Set(['bodyKey', 'file', 'wordCount', 'readingMinutes', 'updated', 'source', 'imageCaption', 'imageCredit', 'format', 'draft']);

// An article's card is in a dozen keys (related lists, tag, author and index pages): written and
// digested once per build, in the same pass as the whole article its own page's key holds, so a
// key hashes the card's digest, not its text.
const written = new WeakMap<Article, { whole: StableJson; card: StableJson }>();
function writtenOf(article: Article): { whole: StableJson; card: StableJson } {
  let w = written.get(article);
  if (!w) {
    const [whole, card] = stableJsonWithout(article as unknown as Record<string, unknown>, HIDDEN_FROM_CARD);
    written.set(article, (w = { whole: new StableJson(whole), card: digestOfJson(card) }));
  }
  return w;
}
const card = (article: Article) => writtenOf(article).card;

/** An article's page: the article, its related articles and its neighbours as links. */
export function articleKey(article: Article, related: readonly Article[], neighbours: { newer: Article | null; older: Article | null }): string {
  // Related stories are cards: picture, section, byline and date count, reading figures do not.
  return pageCacheKey(shownConfig, writtenOf(article).whole, { related: related.map(card), newer: link(neighbours.newer), older: link(neighbours.older) });
}

/** A page of a list (the home page's followers, a tag's pages): its summaries and page numbers. */
export function listKey(page: Page<Article>, heading?: string): string {
  return pageCacheKey(shownConfig, null, { heading, number: page.number, total: page.total, items: page.items.map(card) });
}

/** A year of the archive: its months and their links. */
export function archiveYearKey(year: ArchiveYear<Article>): string {
  return pageCacheKey(shownConfig, null, { year: year.year, months: year.months.map((m) => ({ month: m.month, articles: m.articles.map(link) })) });
}
