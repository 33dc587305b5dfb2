/**
 * A scraped text dump → an article, read as the build reads it: the header parser and label
 * table (content/dump.ts), the same cleaning (content/article.ts cleanDump: comment regions,
 * the source's template, overrides, phrase tables, features, the guard) and the same text
 * path (a dump is text, not Markdown: content/dump.ts dumpToMdast). The kept text is written
 * as Markdown that says the same text (remark-stringify escapes what would read as markup), so
 * the imported article shows what the build would have shown for the dump.
 */
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { cleanDump, type CleanInput } from '../content/article.ts';
import { dumpCleanScope, dumpToMdast, parseDumpHeader, splitImageValue } from '../content/dump.ts';
import { summarize } from '../content/text.ts';
import { calendarDateOrWarn, ImportError, squash, type ImportedArticle } from './article.ts';
import { stringifyOptions } from './html-to-markdown.ts';

export interface DumpImportOptions {
  /** Language when the text gives no clear answer. */
  lang?: string;
  /** The template and overrides of the dumps imported with it (sources.ts gatherImportCleaning), as the build gives them. */
  clean?: CleanInput;
}

const toMarkdown = unified().use(remarkStringify, stringifyOptions);

export function dumpToArticle(text: string, options: DumpImportOptions = {}): ImportedArticle {
  const header = parseDumpHeader(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!header) throw new ImportError('the file is empty');
  if (!header.title) throw new ImportError(`no title on line ${header.titleLine}`);
  const { fields } = header;
  const warnings: string[] = [];
  const at = (line: number | undefined) => (line ? ` (line ${line})` : '');

  const { kept, result } = cleanDump(header.body, header.bodyStartLine, { title: header.title, scope: dumpCleanScope(header) }, options.clean);
  for (const w of result.warnings) warnings.push(`line ${header.bodyStartLine + w.block}: cleaning: ${w.message}`);
  const tree: MdastRoot = dumpToMdast(kept);
  const body = toMarkdown.stringify(tree).trim();
  if (!body) throw new ImportError(`no article text after the header (the body would start on line ${header.bodyStartLine})`);
  const first = tree.children.find((n) => n.type === 'paragraph');

  const image = fields.image ? splitImageValue(fields.image.value) : undefined;
  return {
    meta: {
      title: header.title,
      date: calendarDateOrWarn(fields.date?.value, `publication date${at(fields.date?.line)}`, warnings),
      updated: calendarDateOrWarn(fields.updated?.value, `update date${at(fields.updated?.line)}`, warnings),
      author: fields.author?.value,
      description: first ? summarize(squash(toString(first))) : undefined,
      image: image?.src,
      imageAlt: image ? fields.imageAlt?.value ?? image.alt ?? fields.imageCaption?.value : undefined,
      // The classifier's guess from its stop-word lists, as the build takes it for a dump.
      lang: result.lang ?? options.lang,
    },
    body: body + '\n',
    warnings,
  };
}
