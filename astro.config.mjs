// @ts-check
import { defineConfig } from 'astro/config';
import { readConfig } from './src/lib/config.ts';

const config = readConfig(process.env);

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
});
