/**
 * The collection's articles as slug and date, written by the loader after each sync so the search
 * integration can plan its index parts before Astro has written a page (search/ahead.ts): on a
 * cold build it indexes the newest parts while the older pages are still being rendered; on a
 * build into a kept output folder, the parts of the articles this sync changed (`changed`), once
 * their pages are written anew.
 *
 * Only a forecast: the search step checks every part against the pages actually written, and a
 * missing, stale or unreadable list only means nothing is indexed ahead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DATED_SLUGS_FILE = 'article-dates.json';

/** An article's page folder, its calendar date (YYYY-MM-DD; null when undated), and whether the last sync added or changed its entry. */
export type DatedSlug = { slug: string; date: string | null; changed?: true };

/** Written only when it changed, so a build with no change leaves the cache seal's files as they were. */
export function writeDatedSlugs(cacheDir: string, articles: readonly DatedSlug[]): void {
  const file = path.join(cacheDir, DATED_SLUGS_FILE);
  const sorted = [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const text = JSON.stringify(sorted.map((a) => (a.changed ? [a.slug, a.date, 1] : [a.slug, a.date])));
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(file, text);
}

/** The list the last sync wrote, or undefined when there is none or it is not in this shape. */
export function readDatedSlugs(cacheDir: string): DatedSlug[] | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(readFileSync(path.join(cacheDir, DATED_SLUGS_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows)) return undefined;
  const articles: DatedSlug[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || (row[1] !== null && typeof row[1] !== 'string') || (row.length > 2 && row[2] !== 1)) return undefined;
    articles.push(row[2] === 1 ? { slug: row[0], date: row[1], changed: true } : { slug: row[0], date: row[1] });
  }
  return articles;
}
