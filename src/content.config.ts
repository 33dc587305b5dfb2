import { defineCollection } from 'astro:content';
import { readConfig } from './lib/config.ts';
import { newsLoader } from './lib/build/loader.ts';
import { articleEntrySchema } from './lib/content/schema.ts';

const config = readConfig(process.env);

const articles = defineCollection({
  loader: newsLoader({ contentDir: config.contentDir, siteLang: config.siteLang, cacheDir: config.cacheDir, parseWorkers: config.parseWorkers }),
  // The loader sets `imageAsset` (a path relative to the article) only for a local main image,
  // which image() turns into a resizable asset; `image` stays as written.
  schema: ({ image }) => articleEntrySchema.extend({ imageAsset: image().optional() }),
});

export const collections = { articles };
