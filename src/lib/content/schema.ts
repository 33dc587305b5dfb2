/**
 * The one definition of an article. Types are inferred from these schemas; nothing
 * else in the project spells out an article's shape.
 */
import { z } from 'zod';

/** A calendar date with no time and no zone, so it never shifts with the build machine. */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD');

const langTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag such as "en" or "es-MX"');

/** An http(s) URL, or a path relative to the site; anything else (javascript:, data:) is refused. */
const safeUrl = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^https?:\/\//i.test(v) || (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('//')), {
    message: 'expected an http(s) URL or a relative path',
  });

/** What an author may write in YAML frontmatter. Unknown keys are errors, so typos surface. */
export const frontmatterSchema = z
  .object({
    /** Headline of the article. */
    title: z.string().trim().min(1, 'title is empty'),
    /** Publication date: YYYY-MM-DD, a YAML date, or a written date such as "17 November 2023". */
    date: z.union([z.string(), z.date()]).optional(),
    /** Date of the last update, same formats as `date`. */
    updated: z.union([z.string(), z.date()]).optional(),
    /** Summary for lists and meta tags; derived from the first paragraph when absent. */
    description: z.string().trim().min(1).optional(),
    /** Topic tags, shown as links. */
    tags: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    /** Main image: an http(s) URL or a site-relative path. */
    image: safeUrl.optional(),
    /** Text alternative of the main image; empty for a decorative image. */
    imageAlt: z.string().optional(),
    /** Caption shown under the main image (what it shows, in a sentence). */
    imageCaption: z.string().trim().min(1).optional(),
    /** Who made the main image, shown after the caption ("Photo: …"). */
    imageCredit: z.string().trim().min(1).optional(),
    /** Intrinsic width of the main image in pixels, so the page reserves its space. */
    imageWidth: z.number().int().positive().optional(),
    /** Intrinsic height of the main image in pixels. */
    imageHeight: z.number().int().positive().optional(),
    /** Byline. */
    author: z.string().trim().min(1).optional(),
    /** URL of the original publication. */
    source: z.url().refine((v) => /^https?:/i.test(v), 'expected an http(s) URL').optional(),
    /** Language of the article as a BCP 47 tag; the site language when absent. */
    lang: langTag.optional(),
    /** Drafts are built in development only. */
    draft: z.boolean().default(false),
    /** URL segment; the file name or the title when absent. */
    slug: z
      .string()
      .regex(/^[\p{Ll}\p{Lo}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{M}\p{N}]+)*$/u, 'use lowercase letters, digits and single hyphens')
      .optional(),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A parsed, cleaned article as pages receive it (the content collection's schema). */
export const articleSchema = z.object({
  /** URL segment, unique across the site. */
  slug: z.string().min(1),
  /** Headline, plain text. */
  title: z.string().min(1),
  /** Publication date, or null when the source gives none (listed last). */
  date: calendarDate.nullable(),
  /** Last update, or null. */
  updated: calendarDate.nullable(),
  /** Plain-text summary of at most ~160 characters. */
  description: z.string(),
  /** Main image URL, or null. */
  image: z.string().nullable(),
  /** Alt text of the main image ('' for decorative). */
  imageAlt: z.string(),
  /** Caption of the main image, or null. */
  imageCaption: z.string().nullable(),
  /** Credit of the main image (photographer, agency), or null. */
  imageCredit: z.string().nullable(),
  /** Main image size in pixels when known (never measured by downloading), else null. */
  imageWidth: z.number().int().positive().nullable(),
  imageHeight: z.number().int().positive().nullable(),
  /** Tags as written, in order, without duplicates. */
  tags: z.array(z.string()),
  /** Byline, or null. */
  author: z.string().nullable(),
  /** URL of the original publication, or null. */
  source: z.string().nullable(),
  /** BCP 47 language of the article. */
  lang: z.string(),
  /** Drafts are left out of production builds. */
  draft: z.boolean(),
  /** Words in the cleaned body. */
  wordCount: z.number().int().nonnegative(),
  /** Estimated reading time, at least one minute. */
  readingMinutes: z.number().int().positive(),
  /** Which shape the file came in. */
  format: z.enum(['markdown', 'dump']),
  /** Path of the source file relative to the content folder, for messages. */
  file: z.string(),
});

export type Article = z.infer<typeof articleSchema>;

/** An article as stored in the content collection: the article plus where its body is. */
export const articleEntrySchema = articleSchema.extend({
  /** Name of the rendered body HTML in the body cache (the digest of the source file). */
  bodyKey: z.string().min(1),
  /** Local images of the body as written, one per `__BODY_IMAGE_<n>__` placeholder in the body HTML (src/lib/build/body-images.ts). */
  bodyImages: z.array(z.string()).default([]),
});

export type ArticleEntryData = z.infer<typeof articleEntrySchema>;
