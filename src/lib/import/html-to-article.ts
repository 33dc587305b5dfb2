/** A saved HTML page → an article: extraction, Markdown, and frontmatter fields. */
import { summarize } from '../content/text.ts';
import { calendarDateOrWarn, ImportError, type ImportedArticle } from './article.ts';
import { extractPage } from './html-extract.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';

export interface HtmlImportOptions {
  /** Language for a page that does not state one. */
  lang?: string;
}

export function htmlToArticle(html: string, options: HtmlImportOptions = {}): ImportedArticle {
  const page = extractPage(html);
  const { meta } = page;
  const warnings: string[] = [];
  const { markdown, warnings: mdWarnings, firstParagraph } = htmlToMarkdown(page.contentHtml, {
    baseUrl: page.baseUrl,
    title: page.title,
    leadImage: meta.image,
  });
  warnings.push(...mdWarnings);
  if (!markdown.trim()) throw new ImportError('the article body is empty once boilerplate is removed');

  return {
    meta: {
      title: page.title,
      date: calendarDateOrWarn(meta.datePublished, 'publication date', warnings),
      updated: calendarDateOrWarn(meta.dateModified, 'update date', warnings),
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
