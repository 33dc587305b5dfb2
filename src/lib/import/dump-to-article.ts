/**
 * A scraped text dump → an article, with the build's own rules: the header parser and
 * label table (dump.ts) and the comment-form plugin, so an import matches what the
 * build would have shown for the same dump.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseDumpHeader, splitImageValue } from '../content/dump.ts';
import { detectLang } from '../content/lang.ts';
import { remarkStripCommentForms } from '../markdown/remark-strip-comment-forms.ts';
import { summarize } from '../content/text.ts';
import { calendarDateOrWarn, ImportError, type ImportedArticle } from './article.ts';
import { remarkFirstParagraph, stringifyOptions } from './html-to-markdown.ts';

export interface DumpImportOptions {
  /** Language when the text gives no clear answer. */
  lang?: string;
}

export function dumpToArticle(text: string, options: DumpImportOptions = {}): ImportedArticle {
  const header = parseDumpHeader(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!header) throw new ImportError('the file is empty');
  if (!header.title) throw new ImportError(`no title on line ${header.titleLine}`);
  const { fields } = header;
  const warnings: string[] = [];
  const at = (line: number | undefined) => (line ? ` (line ${line})` : '');

  let firstParagraph = '';
  const file = new VFile({ value: header.body });
  const body = String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkStripCommentForms)
      .use(remarkFirstParagraph((text) => (firstParagraph = text)))
      .use(remarkStringify, stringifyOptions)
      .processSync(file),
  ).trim();
  warnings.push(...file.messages.map((m) => m.reason));
  if (!body) throw new ImportError(`no article text after the header (the body would start on line ${header.bodyStartLine})`);

  const image = fields.image ? splitImageValue(fields.image.value) : undefined;
  return {
    meta: {
      title: header.title,
      date: calendarDateOrWarn(fields.date?.value, `publication date${at(fields.date?.line)}`, warnings),
      updated: calendarDateOrWarn(fields.updated?.value, `update date${at(fields.updated?.line)}`, warnings),
      author: fields.author?.value,
      description: firstParagraph ? summarize(firstParagraph) : undefined,
      image: image?.src,
      imageAlt: image ? fields.imageAlt?.value ?? image.alt ?? fields.imageCaption?.value : undefined,
      lang: detectLang(body) ?? options.lang,
    },
    body: body + '\n',
    warnings,
  };
}
