/**
 * What every importer produces: the frontmatter fields it found and a clean Markdown
 * body. Fields stay undefined when the source does not say; the build fills in defaults.
 */
import { parseImportDate, type PageZone } from './dates.ts';
export { squash } from './text.ts';

export interface ArticleMeta {
  title: string;
  /** Calendar date YYYY-MM-DD. */
  date?: string;
  updated?: string;
  author?: string;
  description?: string;
  image?: string;
  imageAlt?: string;
  source?: string;
  lang?: string;
}

export interface ImportedArticle {
  meta: ArticleMeta;
  /** Markdown, ending in one newline. */
  body: string;
  /** Things the reader of the summary should know (a date left out, a form kept). */
  warnings: string[];
}

/** A problem that makes a file impossible to import; its message goes into the summary. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * A date the source gave, as YYYY-MM-DD in the page's time zone when it states one (dates.ts);
 * an unreadable one is left out with a warning.
 */
export function calendarDateOrWarn(value: string | undefined, what: string, warnings: string[], zone?: PageZone): string | undefined {
  if (!value?.trim()) return undefined;
  const parsed = parseImportDate(value.trim(), zone);
  if (parsed.ok) return parsed.date;
  warnings.push(`${what} left out: ${parsed.reason}`);
  return undefined;
}

