/**
 * Site configuration, read from the environment once. Every other module takes the
 * values it needs as arguments, so tests never depend on the process environment.
 */
import { z } from 'zod';

/** Articles per part of the search index (the smallest part; a site of more than 34 parts gets larger
    ones, search/parts.ts). An edited article re-indexes its whole part, which costs Pagefind about
    5 ms per article, so parts are small; the page searches the newest part first and an older one
    more only when the reader asks (search/tiers.ts). At 5,000 Pagefind's process peaked near 1.4 GB. */
export const DEFAULT_SEARCH_PART_SIZE = 1000;

export const SUPPORTED_LANGS = ['en', 'es'] as const;
export type SiteLang = (typeof SUPPORTED_LANGS)[number];

const configSchema = z.object({
  /** Folder holding the article files, relative to the project root. */
  contentDir: z.string().min(1).default('content'),
  /** Absolute origin of the deployed site, used for canonical URLs and feeds. */
  siteUrl: z.url().default('http://localhost:4321'),
  /** Sub-path the site is served under, always with a leading and trailing slash. */
  basePath: z.string().default('/').transform(normalizeBasePath),
  /** Language of the interface. */
  siteLang: z.enum(SUPPORTED_LANGS).default('en'),
  /** Site title shown in the header and feeds. */
  siteTitle: z.string().min(1).default('News Reader'),
  /** One line about the site, shown in the footer; none when unset. */
  siteAbout: z.string().min(1).optional(),
  /** Tags shown as the masthead's sections, comma-separated, in order; unset: the most used tags. */
  siteSections: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [])),
  /** Astro's cache folder; rendered article bodies are kept beside its content store. */
  cacheDir: z.string().min(1).default('node_modules/.astro'),
  /** Articles per part of the search index on average: Pagefind's memory grows with it. */
  searchPartSize: z.coerce.number().int().positive().default(DEFAULT_SEARCH_PART_SIZE),
  /** Worker threads that parse articles; 0 parses on the main thread. Unset: one per core (at most 4) when 256 files or more are to be parsed. */
  parseWorkers: z.coerce.number().int().min(0).max(64).optional(),
});

export type SiteConfig = z.infer<typeof configSchema>;

/** `news`, `/news`, `news/` → `/news/`; empty → `/`. */
export function normalizeBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function readConfig(env: Record<string, string | undefined>): SiteConfig {
  const blankToUndefined = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  const parsed = configSchema.safeParse({
    contentDir: blankToUndefined(env.CONTENT_DIR),
    siteUrl: blankToUndefined(env.SITE_URL),
    basePath: blankToUndefined(env.BASE_PATH),
    siteLang: blankToUndefined(env.SITE_LANG),
    siteTitle: blankToUndefined(env.SITE_TITLE),
    siteAbout: blankToUndefined(env.SITE_ABOUT),
    siteSections: blankToUndefined(env.SITE_SECTIONS),
    cacheDir: blankToUndefined(env.ASTRO_CACHE_DIR),
    searchPartSize: blankToUndefined(env.SEARCH_PART_SIZE),
    parseWorkers: blankToUndefined(env.PARSE_WORKERS),
  });
  if (!parsed.success) {
    const names: Record<string, string> = {
      contentDir: 'CONTENT_DIR', siteUrl: 'SITE_URL', basePath: 'BASE_PATH', siteLang: 'SITE_LANG', siteTitle: 'SITE_TITLE', siteAbout: 'SITE_ABOUT', siteSections: 'SITE_SECTIONS', cacheDir: 'ASTRO_CACHE_DIR', searchPartSize: 'SEARCH_PART_SIZE', parseWorkers: 'PARSE_WORKERS',
    };
    const lines = parsed.error.issues.map((i) => `  ${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
