// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import cacheGuard from './src/lib/build/cache-guard.ts';
import contentStoreFromFile from './src/lib/build/content-store-module.ts';
import { withSortedPages } from './src/lib/build/sitemap-order.ts';
import { readConfig } from './src/lib/config.ts';
import pagefind from './src/lib/search/integration.ts';

const config = readConfig(process.env);

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  // Tests and benchmarks build other sites beside this one; each gets its own cache.
  cacheDir: config.cacheDir,
  // concurrency stays 1: above it Astro turns the incremental cache off.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  experimental: {
    // Pages whose getStaticPaths() entry has a cacheKey (src/data/cache-keys.ts) and whose code is
    // unchanged are restored from the cache folder instead of rendered.
    incrementalBuild: true,
    // The content store stays one file (the default 'single-file'): bodies live in the body cache, so an
    // entry is ~1 KB and 50,000 articles make ~45 MB, far below V8's ~512 MB string limit. 'chunked'
    // measures every character's UTF-8 length with its own TextEncoder call: ~20 s of a 10,000-article
    // sync, paid again by every no-change build, for one chunk anyway (its chunks are 20 MB).
  },
  // Strict CSP (script-src 'self'): Astro would inline small bundled scripts; keep every one a file.
  vite: {
    // emptyOutDir: the output folder is kept between builds, so pages Astro skips stay in place;
    // src/lib/build/cache-guard.ts empties it instead whenever it is not exactly as the last build left it.
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // Benchmark corpora and caches hold tens of thousands of files the dev server must not watch.
    server: { watch: { ignored: ['**/bench/.work/**', '**/dist/**'] } },
  },
  integrations: [
    pagefind({ forceLanguage: config.siteLang, partSize: config.searchPartSize }),
    // `site` plus `base` gives the sitemap's URLs; status pages are not content. Pages come presorted (sitemap-order.ts).
    withSortedPages(sitemap({ filter: (page) => !/\/(404|500)\/?$/.test(new URL(page).pathname) })),
    // The prerender bundle reads the content store from its file instead of carrying it (~1 s of bundling at 10,000).
    contentStoreFromFile(),
    // Last: it seals the cache folder once every other integration has written to it.
    cacheGuard({ cacheDir: config.cacheDir }),
  ],
});
