/**
 * From one file's bytes to a validated article and its HTML, or to the list of every
 * problem that file has. Knows both input shapes: frontmatter Markdown and scraped dumps.
 */
import { parseCalendarDate } from './dates.ts';
import { classifyBlocks, type Classification, type CleanCounts } from '../clean/classify.ts';
import { mergeOverrides, parseOverrides, type CleanOverrides } from '../clean/overrides.ts';
import { dumpCleanScope, dumpToMdast, parseDumpHeader, splitImageValue, type DumpLine } from './dump.ts';
import type { ContentProblem } from './errors.ts';
import { hasFrontmatter, parseFrontmatter } from './frontmatter.ts';
import type { BodyImage } from '../markdown/rehype-body-images.ts';
import { renderMarkdown, renderTree, type RenderedBody } from '../markdown/render.ts';
import { articleSchema, frontmatterSchema, type Article } from './schema.ts';
import { chooseSlug } from './slug.ts';
import { readingMinutes, summarize } from './text.ts';

export interface ParseOptions {
  /** Language given to articles that state none and whose language cannot be told. */
  siteLang: string;
}

/** What cleaning a dump depends on besides its own text; the loader puts both in the entry's digest. */
export interface CleanInput {
  /** This dump's lines that are its source's template (clean/template.ts): 0-based in the file, line endings normalised. */
  templateLines?: readonly number[];
  /** Text of the cleaning overrides files that apply, nearest first (clean/overrides.ts). */
  overrides?: readonly string[];
}

export type ParsedArticle =
  /** `bodyImages`: the body's local images (placeholders in `html`), lines counted in the file. */
  | { ok: true; article: Article; html: string; bodyImages: BodyImage[]; warnings: ContentProblem[]; cleaning?: CleanCounts }
  | { ok: false; problems: ContentProblem[] };

/** Fields gathered from either input shape before rendering. */
interface Draft {
  format: Article['format'];
  title: string;
  body: string;
  bodyStartLine: number;
  /** Set for a dump: its body is text, cleaned and built into a tree without Markdown. */
  plainText?: boolean;
  /** A dump with CMS labels is an export of the article ('article'); one without is a whole-page scrape. */
  cleanScope?: 'page' | 'article';
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
    plainText: true,
    cleanScope: dumpCleanScope(header),
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

/** Parsed overrides files, by their text: the same few files serve every article of a folder. */
const overridesCache = new Map<string, CleanOverrides>();
function overridesOf(texts: readonly string[] | undefined): CleanOverrides | undefined {
  if (!texts?.length) return undefined;
  const list = texts.map((text) => {
    let parsed = overridesCache.get(text);
    if (!parsed) {
      const result = parseOverrides(text);
      parsed = result.overrides;
      // Lines of the file that cannot be read are the file's problems; the loader reports them once.
      overridesCache.set(text, parsed);
    }
    return parsed;
  });
  return mergeOverrides(list);
}

/** The body's lines among a dump's template lines (templateLines counts the file's lines; the body starts at line `bodyStartLine`, 1-based). */
export function templateOfBody(templateLines: readonly number[] | undefined, bodyStartLine: number): Set<number> | undefined {
  if (!templateLines?.length) return undefined;
  const template = new Set<number>();
  for (const line of templateLines) if (line >= bodyStartLine - 1) template.add(line - bodyStartLine + 1);
  return template.size ? template : undefined;
}

/**
 * Everything cleaning does in a dump's parse: the body's lines sorted by classifyBlocks (comment
 * regions, overrides, the source's template, phrase tables, features), with the template and the
 * overrides that apply; what is kept, with its line in the file. bench:pipeline times this call.
 */
export function cleanDump(
  body: string,
  bodyStartLine: number,
  options: { lang?: string; title: string; scope?: 'page' | 'article' },
  clean: CleanInput = {},
): { kept: DumpLine[]; result: Classification } {
  const lines = body.split('\n');
  const result = classifyBlocks(lines, {
    lang: options.lang,
    title: options.title,
    scope: options.scope,
    template: templateOfBody(clean.templateLines, bodyStartLine),
    overrides: overridesOf(clean.overrides),
  });
  const kept: DumpLine[] = [];
  for (let i = 0; i < lines.length; i++) if (result.decisions[i]!.keep) kept.push({ text: lines[i]!, line: bodyStartLine + i });
  return { kept, result };
}

/** Cleans a dump's body line by line (cleanDump) and renders what is kept as text. */
function renderDump(draft: Draft, lang: string | undefined, clean: CleanInput): RenderedBody & { lang?: string; cleaning: CleanCounts; cleanWarnings: { line: number; message: string }[] } {
  const { kept, result } = cleanDump(draft.body, draft.bodyStartLine, { lang, title: draft.title, scope: draft.cleanScope }, clean);
  const body = renderTree(dumpToMdast(kept));
  const cleanWarnings = result.warnings.map((w) => ({ line: draft.bodyStartLine + w.block, message: `cleaning: ${w.message}` }));
  // The classifier's language (given, or guessed from its stop-word lists) is the article's too:
  // one guess per dump instead of a second pass over the body.
  return { ...body, lang: result.lang, cleaning: result.counts, cleanWarnings };
}

export function parseArticle(file: string, bytes: Uint8Array, options: ParseOptions, clean: CleanInput = {}): ParsedArticle {
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

  const dump = draft.plainText ? renderDump(draft, draft.lang, clean) : undefined;
  const body = dump ?? renderMarkdown(draft.body);
  const warnings: ContentProblem[] = dump
    ? dump.cleanWarnings.map((w) => ({ file, line: w.line, message: w.message }))
    : body.warnings.map((w) => ({
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
    lang: draft.lang ?? dump?.lang ?? options.siteLang,
    draft: draft.draft,
    wordCount: body.wordCount,
    readingMinutes: readingMinutes(body.wordCount),
    format: draft.format,
    file,
  });
  const inFile = (line?: number) => (line === undefined ? undefined : line + draft.bodyStartLine - 1);
  const bodyImages = body.images.map(({ src, line }) => ({ src, line: inFile(line) }));
  return { ok: true, article, html: body.html, bodyImages, warnings, cleaning: dump?.cleaning };
}
