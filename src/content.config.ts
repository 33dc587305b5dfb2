import { defineCollection } from 'astro:content';
import { readConfig } from './lib/config.ts';
import { newsLoader } from './lib/loader.ts';
import { articleEntrySchema } from './lib/schema.ts';

const config = readConfig(process.env);

const articles = defineCollection({
  loader: newsLoader({ contentDir: config.contentDir, siteLang: config.siteLang, cacheDir: config.cacheDir }),
  schema: articleEntrySchema,
});

export const collections = { articles };
