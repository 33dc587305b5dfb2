import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

if (!process.env.CONTENT_DIR) throw new Error('Set CONTENT_DIR to a corpus made with generate.mjs --reference-md');

const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.CONTENT_DIR }),
  // Lenient on purpose: every generated frontmatter shape must validate.
  schema: z
    .object({
      title: z.string(),
      date: z.coerce.date().optional(),
      description: z.string().optional(),
      tags: z.array(z.string()).optional(),
      author: z.string().optional(),
      lang: z.string().optional(),
    })
    .passthrough(),
});

export const collections = { articles };
