/**
 * Indexing ahead: on a cold build the search parts are indexed while Astro is still writing
 * pages. Astro renders on one thread, so the second core would otherwise idle for the whole page
 * generation, and only then would Pagefind start on all parts (at 10,000 articles, ~27 s after
 * ~35 s of generation).
 *
 * The parts are planned from the loader's list of slugs and dates (content/dated-slugs.ts).
 * Articles are rendered newest first, so the newest part's pages are written first: each part is
 * indexed once every one of its pages is on disk, whole, with the date the plan expected. What it
 * writes goes into the search cache exactly as the search step would write it, under the manifest
 * of the pages as read, so the search step after the build, which plans again from the pages,
 * reuses a part only if its pages are still the ones indexed here; anything else is indexed again.
 *
 * A warm build (one article edited) renders few pages, and its search step used to index the
 * edited article's part only after them all (~2.5 s at 10,000 articles). With the sync's changed
 * articles, that part is indexed as soon as their new pages are written.
 */
import { readFileSync } from 'node:fs';
import type { DatedSlug } from '../content/dated-slugs.ts';
import { pageDate, planParts, type SearchPart } from './parts.ts';

/** A page that is there and whole: Astro writes each page with one writeFile, which may be seen half done. */
export function wholePage(read: () => string): string | undefined {
  let html: string;
  try {
    html = read();
  } catch {
    return undefined;
  }
  return html.trimEnd().endsWith('</html>') ? html : undefined;
}

export interface AheadOptions {
  articles: readonly DatedSlug[];
  partSize: number;
  /** The file of an article's page. */
  pageFile: (slug: string) => string;
  /** Indexes a part whose pages are all written, given each page's HTML; true if it had to be indexed (not in the cache). */
  indexPart: (part: SearchPart, pages: ReadonlyMap<string, string>) => Promise<boolean>;
  /**
   * On a build into a kept output folder, whose pages are the last build's until Astro writes
   * them again: the articles the sync changed. Only their parts are indexed, each once every
   * changed page is its new version (`isNew`: not the page the cached part was indexed from).
   */
  changed?: { slugs: ReadonlySet<string>; isNew: (slug: string, html: string) => boolean };
  pollMs?: number;
  read?: (file: string) => string;
}

export interface AheadResult {
  /** Ids of the parts indexed ahead. */
  indexed: number[];
  /** Parts found already in the cache, and parts left to the search step. */
  cached: number;
  left: number;
}

/** Starts indexing ahead; `finish()`, called once Astro has written every page, waits for it and says what it did. */
export function startIndexingAhead(options: AheadOptions): { finish: () => Promise<AheadResult> } {
  const { articles, partSize, pageFile, indexPart, changed, pollMs = 200, read = (file) => readFileSync(file, 'utf8') } = options;
  const parts = planParts(articles, partSize);
  const dates = new Map(articles.map((a) => [a.slug, a.date]));
  const result: AheadResult = { indexed: [], cached: 0, left: parts.length };
  let generated = false;
  let wake: (() => void) | undefined;

  /** Each page's HTML once all are written; undefined when generation ended without them, or a date is not the plan's. */
  async function pagesOf(part: SearchPart): Promise<Map<string, string> | undefined> {
    const pages = new Map<string, string>();
    for (;;) {
      const wasGenerated = generated;
      for (const slug of part.slugs) {
        if (pages.has(slug)) continue;
        const html = wholePage(() => read(pageFile(slug)));
        if (html === undefined) break;
        // A changed article's page still being the last build's: wait for Astro to write it.
        if (changed?.slugs.has(slug) && !changed.isNew(slug, html)) break;
        if (pageDate(html) !== dates.get(slug)) return undefined;
        pages.set(slug, html);
      }
      if (pages.size === part.slugs.length) return pages;
      if (wasGenerated) return undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs).unref();
      });
    }
  }

  const running = (async () => {
    for (const part of parts) {
      // Unchanged parts are the cache's already (the search step finds them there).
      if (changed && !part.slugs.some((slug) => changed.slugs.has(slug))) continue;
      const pages = await pagesOf(part);
      if (!pages) return;
      if (await indexPart(part, pages)) result.indexed.push(part.id);
      else result.cached++;
      result.left--;
    }
  })();

  return {
    finish: async () => {
      generated = true;
      wake?.();
      await running;
      return result;
    },
  };
}
