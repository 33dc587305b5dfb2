import { defineCollection } from 'astro:content';
import { readConfig } from './lib/config.ts';
import { newsLoader } from './lib/loader.ts';
import { articleSchema } from './lib/schema.ts';

const config = readConfig(process.env);

const articles = defineCollection({
  loader: newsLoader({ contentDir: config.contentDir, siteLang: config.siteLang }),
  schema: articleSchema,
});

export const collections = { articles };
