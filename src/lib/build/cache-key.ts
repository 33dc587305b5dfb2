/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and module graph are unchanged is restored from the previous build instead of rendered.
 * So a key must cover everything the page shows. Astro hashes the code and its own config;
 * it does not see our configuration (title, language, …) nor the data, so each key holds:
 * the site's configuration, the page's own subject (an article with its body digest) and
 * everything else it shows of other articles, projected to what it shows: a link (slug,
 * title, date, language) or a summary (every field but the body). So editing a body
 * re-renders that article's page, the lists whose summaries show its word count, and the
 * pages whose related links it changes; nothing else.
 * If a component starts showing more of a linked article, widen the projection here: the
 * incremental build test (tests/build/incremental.test.ts) fails until it is.
 */
import { createHash } from 'node:crypto';

/** Bump when what a key covers changes, so no page is restored under an old meaning. */
export const CACHE_KEY_VERSION = '1';

/** What a link to an article shows (related, previous/next, archive lists). */
export interface ArticleLink {
  slug: string;
  title: string;
  date: string | null;
  lang: string;
}

export function asLink({ slug, title, date, lang }: ArticleLink): ArticleLink {
  return { slug, title, date, lang };
}

/** What a summary in a list shows: all but the body and the source file's name. */
export function asSummary<T extends { bodyKey: string; file: string }>(article: T): Omit<T, 'bodyKey' | 'file'> {
  const { bodyKey: _body, file: _file, ...shown } = article;
  return shown;
}

/** JSON with object keys sorted, so a key never depends on property order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/**
 * The key of one page: `site` is the configuration every page shows, `subject` what the page
 * is about, body key included (an article; null for a list), `shown` everything else it
 * displays, already projected (asLink, asSummary).
 */
export function pageCacheKey(site: unknown, subject: unknown, shown: unknown): string {
  return createHash('sha256')
    .update(`${CACHE_KEY_VERSION}\0${stable(site)}\0${stable(subject)}\0${stable(shown)}`)
    .digest('base64url');
}
