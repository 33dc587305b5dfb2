/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's
 * Node API rather than a shell step, so indexing problems fail the build itself.
 * Pages choose what is indexed with data-pagefind-* attributes (see ArticleView).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Importing is cheap: Pagefind's native binary only starts on the first createIndex().
import { close, createIndex } from 'pagefind';

/** Folder under the output directory where the search bundle is written. */
export const PAGEFIND_DIR = 'pagefind';

/** Turns Pagefind's error lists into one thrown Error, so the build stops with a reason. */
export function assertNoErrors(step: string, errors: readonly string[] | undefined): void {
  if (errors?.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

export interface PagefindOptions {
  /** One index in the interface language, even if some pages declare another `<html lang>`:
      the search page only queries the index of its own language. */
  forceLanguage?: string;
}

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'news-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const created = await createIndex({ forceLanguage: options.forceLanguage });
          assertNoErrors('createIndex', created.errors);
          const index = created.index;
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('indexing', added.errors);
          if (added.page_count === 0) logger.warn('no pages with data-pagefind-body were indexed; search will find nothing');
          const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_DIR) });
          assertNoErrors('writing the index', written.errors);
          logger.info(`scanned ${added.page_count} pages; index written to ${PAGEFIND_DIR}/`);
        } finally {
          await close();
        }
      },
    },
  };
}
