/**
 * From one file's bytes to a validated article and its HTML, or to the list of every
 * problem that file has. Knows both input shapes: frontmatter Markdown and scraped dumps.
 */
import { parseCalendarDate } from './dates.ts';
import { parseDumpHeader, splitImageValue } from './dump.ts';
import type { ContentProblem } from './errors.ts';
import { hasFrontmatter, parseFrontmatter } from './frontmatter.ts';
import { detectLang } from './lang.ts';
import { renderMarkdown } from '../markdown/render.ts';
import { articleSchema, frontmatterSchema, type Article } from './schema.ts';
import { chooseSlug } from './slug.ts';
import { readingMinutes, summarize } from './text.ts';

export interface ParseOptions {
  /** Language given to articles that state none and whose language cannot be told. */
  siteLang: string;
}

export type ParsedArticle =
  | { ok: true; article: Article; html: string; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[] };

/** Fields gathered from either input shape before rendering. */
interface Draft {
  format: Article['format'];
  title: string;
  body: string;
  bodyStartLine: number;
  date?: { value: string | Date; line?: number };
  updated?: { value: string | Date; line?: number };
  description?: string;
  tags: string[];
  image?: string;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  imageWidth?: number;
  imageHeight?: number;
  author?: string;
  source?: string;
  lang?: string;
  draft: boolean;
  slug?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

function fromFrontmatter(text: string, problem: (p: Omit<ContentProblem, 'file'>) => void): Draft | undefined {
  const parsed = parseFrontmatter(text);
  if (!parsed.ok) {
    for (const e of parsed.errors) problem({ ...e, hint: 'fix the YAML between the --- lines' });
    return undefined;
  }
  const { block } = parsed;
  const result = frontmatterSchema.safeParse(block.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (issue.code === 'unrecognized_keys') {
        for (const k of issue.keys) {
          problem({ message: `unknown frontmatter key "${k}"`, line: block.lineOf(k), hint: `remove it or use one of: ${Object.keys(frontmatterSchema.shape).join(', ')}` });
        }
      } else if (key === 'title' && issue.code === 'invalid_type') {
        problem({ message: 'no title', line: 1, hint: 'add `title: …` to the frontmatter' });
      } else {
        problem({ message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`, line: block.lineOf(key) });
      }
    }
    return undefined;
  }
  const fm = result.data;
  return {
    format: 'markdown',
    title: fm.title,
    body: block.body,
    bodyStartLine: block.bodyStartLine,
    date: fm.date === undefined ? undefined : { value: fm.date, line: block.lineOf('date') },
    updated: fm.updated === undefined ? undefined : { value: fm.updated, line: block.lineOf('updated') },
    description: fm.description,
    tags: fm.tags,
    image: fm.image,
    imageAlt: fm.imageAlt,
    imageCaption: fm.imageCaption,
    imageCredit: fm.imageCredit,
    imageWidth: fm.imageWidth,
    imageHeight: fm.imageHeight,
    author: fm.author,
    source: fm.source,
    lang: fm.lang,
    draft: fm.draft,
    slug: fm.slug,
  };
}

function fromDump(text: string, problem: (p: Omit<ContentProblem, 'file'>) => void): Draft | undefined {
  const header = parseDumpHeader(text);
  if (!header || !header.title) {
    problem({ message: 'no title', hint: 'put the title on the first line, or add YAML frontmatter with `title:`' });
    return undefined;
  }
  const { fields } = header;
  const image = fields.image ? splitImageValue(fields.image.value) : undefined;
  return {
    format: 'dump',
    title: header.title,
    body: header.body,
    bodyStartLine: header.bodyStartLine,
    date: fields.date,
    updated: fields.updated,
    tags: [],
    image: image?.src,
    // A caption is the nearest thing to a text alternative a dump gives when it has no alt.
    imageAlt: fields.imageAlt?.value ?? image?.alt ?? fields.imageCaption?.value,
    imageCaption: fields.imageCaption?.value,
    imageCredit: fields.imageCredit?.value,
    author: fields.author?.value,
    draft: false,
  };
}

/** Tags as written, first spelling wins: "Transport" and "transport" are one tag. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags.map((t) => t.trim()).filter(Boolean)) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}

export function parseArticle(file: string, bytes: Uint8Array, options: ParseOptions): ParsedArticle {
  const problems: ContentProblem[] = [];
  const problem = (p: Omit<ContentProblem, 'file'>) => problems.push({ file, ...p });
  const fail = (): ParsedArticle => ({ ok: false, problems });

  const decoded = decode(bytes);
  if (decoded === undefined) {
    problem({ message: 'not a UTF-8 text file (binary or another encoding)', hint: 'save it as UTF-8 Markdown or text, or remove it from the content folder' });
    return fail();
  }
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    problem({ message: 'file is empty', hint: 'write the article or remove the file' });
    return fail();
  }

  const draft = hasFrontmatter(text) ? fromFrontmatter(text, problem) : fromDump(text, problem);
  if (!draft) return fail();

  const readDate = (field: 'date' | 'updated') => {
    const given = draft[field];
    if (!given) return null;
    const parsed = parseCalendarDate(given.value);
    if (parsed.ok) return parsed.date;
    problem({ message: `${field}: ${parsed.reason}`, line: given.line, hint: 'give a real calendar date; YYYY-MM-DD is the surest form' });
    return null;
  };
  const date = readDate('date');
  const updated = readDate('updated');

  const baseName = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = chooseSlug({ frontmatterSlug: draft.slug, fileBaseName: baseName, title: draft.title });
  if (!slug) problem({ message: 'no usable slug: neither the title nor the file name has letters or digits', hint: 'add `slug: …` to the frontmatter' });

  const body = renderMarkdown(draft.body);
  const warnings: ContentProblem[] = body.warnings.map((w) => ({
    file,
    line: w.line === undefined ? undefined : w.line + draft.bodyStartLine - 1,
    message: w.message,
  }));

  if (problems.length || !slug) return fail();

  const article: Article = articleSchema.parse({
    slug,
    title: draft.title,
    date,
    updated,
    description: draft.description ?? summarize(body.firstParagraph),
    image: draft.image ?? null,
    imageAlt: draft.imageAlt ?? '',
    imageCaption: draft.image ? (draft.imageCaption ?? null) : null,
    imageCredit: draft.image ? (draft.imageCredit ?? null) : null,
    // A size is only useful as a pair: width and height give the aspect ratio.
    imageWidth: draft.image && draft.imageWidth && draft.imageHeight ? draft.imageWidth : null,
    imageHeight: draft.image && draft.imageWidth && draft.imageHeight ? draft.imageHeight : null,
    tags: uniqueTags(draft.tags),
    author: draft.author ?? null,
    source: draft.source ?? null,
    lang: draft.lang ?? (draft.format === 'dump' ? detectLang(draft.body) : undefined) ?? options.siteLang,
    draft: draft.draft,
    wordCount: body.wordCount,
    readingMinutes: readingMinutes(body.wordCount),
    format: draft.format,
    file,
  });
  return { ok: true, article, html: body.html, warnings };
}
