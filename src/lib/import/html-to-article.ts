/** A saved HTML page → an article: extraction, Markdown, and frontmatter fields. */
import { summarize } from '../content/text.ts';
import { calendarDateOrWarn, ImportError, type ImportedArticle } from './article.ts';
import { ianaZone, pageZone } from './dates.ts';
import { extractPage } from './html-extract.ts';
import { htmlToMarkdown, type HtmlToMarkdownOptions } from './html-to-markdown.ts';

export interface HtmlImportOptions {
  /** Language for a page that does not state one. */
  lang?: string;
  /** IANA time zone for a page that states none (its UTC times are given dates in it). */
  timeZone?: string;
  /** Sees the text classifier's decisions on the body (for the benchmark's analysis and tests). */
  onClassify?: HtmlToMarkdownOptions['onClassify'];
}

export function htmlToArticle(html: string, options: HtmlImportOptions = {}): ImportedArticle {
  const page = extractPage(html);
  const { meta } = page;
  const warnings: string[] = [...page.warnings];
  // The zone the page's own dates state wins; the caller's is for pages that state none.
  // A lone `Z` is often only how a CMS serializes times, so a zone the caller gives wins over it.
  const stated = pageZone(meta.dateValues ?? []);
  const zone = stated && !('offset' in stated && stated.offset === 0) ? stated : (ianaZone(options.timeZone) ?? stated);
  const { markdown, warnings: mdWarnings, firstParagraph } = htmlToMarkdown(page.contentHtml, {
    baseUrl: page.baseUrl,
    title: page.title,
    leadImage: meta.image,
    lang: meta.lang ?? options.lang,
    onClassify: options.onClassify,
  });
  warnings.push(...mdWarnings);
  if (!markdown.trim()) throw new ImportError('the article body is empty once boilerplate is removed');

  return {
    meta: {
      title: page.title,
      date: calendarDateOrWarn(meta.datePublished, 'publication date', warnings, zone),
      updated: calendarDateOrWarn(meta.dateModified, 'update date', warnings, zone),
      author: meta.author,
      description: meta.description ?? page.excerpt ?? (firstParagraph ? summarize(firstParagraph) : undefined),
      image: meta.image,
      imageAlt: meta.image ? meta.imageAlt ?? meta.imageCaption : undefined,
      source: meta.url,
      lang: meta.lang ?? options.lang,
    },
    body: markdown,
    warnings,
  };
}
