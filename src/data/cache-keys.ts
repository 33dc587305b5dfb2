/**
 * Incremental-build keys for the pages' getStaticPaths (see src/lib/build/cache-key.ts), each
 * built from what its page shows. Every key holds the site's configuration, which Astro's
 * own config hash does not see, less the settings that change how a build runs, not what it
 * writes (so a cache restored under another path still counts).
 */
import { asLink, asSummary, pageCacheKey, preserialized, type StableJson } from '../lib/build/cache-key.ts';
import type { ArticleEntryData } from '../lib/content/schema.ts';
import type { Page } from '../lib/site/listing.ts';
import type { ArchiveYear } from '../lib/site/taxonomy.ts';
import { getSections } from './articles.ts';
import { config } from './site.ts';

const { contentDir: _content, cacheDir: _cache, parseWorkers: _workers, searchPartSize: _parts, ...siteConfig } = config;
// Every page's masthead lists the sections (the most used tags unless configured): a change there changes every page.
const shownConfig = preserialized({ ...siteConfig, sections: await getSections() });

type Article = ArticleEntryData;
const link = (a: Article | null) => a && asLink(a);

/** What a story card shows (StoryCard): all but the body, reading figures, update, source and caption. */
function asCard(article: Article) {
  const { wordCount: _w, readingMinutes: _r, updated: _u, source: _s, imageCaption: _c, imageCredit: _cr, format: _f, draft: _d, ...shown } = asSummary(article);
  return shown;
}

// An article's card is in a dozen keys (related lists, tag, author and index pages): written once per build.
const cards = new WeakMap<Article, StableJson>();
function card(article: Article): StableJson {
  let written = cards.get(article);
  if (!written) cards.set(article, (written = preserialized(asCard(article))));
  return written;
}

/** An article's page: the article, its related articles and its neighbours as links. */
export function articleKey(article: Article, related: readonly Article[], neighbours: { newer: Article | null; older: Article | null }): string {
  // Related stories are cards: picture, section, byline and date count, reading figures do not.
  return pageCacheKey(shownConfig, article, { related: related.map(card), newer: link(neighbours.newer), older: link(neighbours.older) });
}

/** A page of a list (the home page's followers, a tag's pages): its summaries and page numbers. */
export function listKey(page: Page<Article>, heading?: string): string {
  return pageCacheKey(shownConfig, null, { heading, number: page.number, total: page.total, items: page.items.map(card) });
}

/** A year of the archive: its months and their links. */
export function archiveYearKey(year: ArchiveYear<Article>): string {
  return pageCacheKey(shownConfig, null, { year: year.year, months: year.months.map((m) => ({ month: m.month, articles: m.articles.map(link) })) });
}
