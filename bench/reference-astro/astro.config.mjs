// @ts-check
// Plain Astro site "as the docs teach it", used as a build-time baseline.
// CONTENT_DIR: corpus of frontmatter .md files (generate.mjs --reference-md).
// OUT_DIR / ASTRO_CACHE_DIR let the runner keep outputs and the content-layer cache under bench/.work/.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  // The content layer caches rendered Markdown here; delete it for cold-build timings.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
});
