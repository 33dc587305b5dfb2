import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { readConfig } from './lib/config.ts';
import { newsLoader } from './lib/build/loader.ts';
import { articleEntrySchema } from './lib/content/schema.ts';

const config = readConfig(process.env);

const articles = defineCollection({
  loader: newsLoader({ contentDir: config.contentDir, siteLang: config.siteLang, cacheDir: config.cacheDir, parseWorkers: config.parseWorkers }),
  // The loader sets `imageAsset` (a path relative to the article) only for a local main image,
  // which image() turns into a resizable asset; `image` stays as written. `bodyImageAssets`
  // does the same for the body's images (null for a file of public/, linked as written).
  schema: ({ image }) => articleEntrySchema.extend({ imageAsset: image().optional(), bodyImageAssets: z.array(image().nullable()).optional() }),
});

export const collections = { articles };
