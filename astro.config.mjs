// @ts-check
import { defineConfig } from 'astro/config';
import { readConfig } from './src/lib/config.ts';

const config = readConfig(process.env);

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  // Tests build fixture sites beside the real one; each gets its own content-layer cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
});
