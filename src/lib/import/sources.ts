/** Finds the files to import and turns one file into an article ready to write. */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { gatherCleaning, isDump, type CleaningContext } from '../content/cleaning-context.ts';
import { OVERRIDES_FILE } from '../clean/overrides.ts';
import type { CleanInput } from '../content/article.ts';
import { hasFrontmatter } from '../content/frontmatter.ts';
import { chooseSlug, slugify } from '../content/slug.ts';
import { ImportError, type ImportedArticle } from './article.ts';
import { dumpToArticle } from './dump-to-article.ts';
import { htmlToArticle } from './html-to-article.ts';
import { serializeArticle } from './serialize.ts';

const HTML = new Set(['.html', '.htm']);
const TEXT = new Set(['.txt', '.md']);
export const SUPPORTED = [...HTML, ...TEXT];

export interface SourceList {
  files: string[];
  /** Inputs that could not even be listed (missing paths), with the reason. */
  missing: { input: string; reason: string }[];
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    // A folder's cleaning.txt steers the cleaning of its dumps (gatherImportCleaning); it is no article.
    else if (SUPPORTED.includes(extname(entry.name).toLowerCase()) && entry.name !== OVERRIDES_FILE) into.push(path);
  }
}

/** Folders are searched recursively for supported files, in name order; files are taken as given. */
export async function listSources(inputs: string[]): Promise<SourceList> {
  const files: string[] = [];
  const missing: SourceList['missing'] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) missing.push({ input, reason: 'no such file or folder' });
    else if (info.isDirectory()) await walk(input, files);
    else files.push(input);
  }
  return { files: [...new Set(files)], missing };
}

/** Saved pages are often not UTF-8; the page's own <meta charset> says what they are. */
function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface PreparedArticle {
  article: ImportedArticle;
  slug: string;
  content: string;
}

/**
 * The cleaning input of the dumps among `files`, as a build of them would give it: the template
 * of each folder and source host over the dumps imported together (clean/template.ts), and the
 * cleaning overrides files (`cleaning.txt`) of their folders, and of the folders above up to the
 * one they share.
 */
export async function gatherImportCleaning(files: readonly string[]): Promise<CleaningContext & { inputOf(path: string): CleanInput | undefined }> {
  const dumps: (readonly [string, Uint8Array])[] = [];
  const folders = new Set<string>();
  for (const path of files) {
    if (!TEXT.has(extname(path).toLowerCase())) continue;
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes || !isDump(bytes.toString('utf8'))) continue;
    dumps.push([path, bytes]);
    for (let folder = dirname(path); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (folder === dirname(folder)) break;
    }
  }
  // Paths relative to the root the dumps share, so that folders group them as the build's do.
  const root = commonFolder(dumps.map(([path]) => path));
  const rel = (path: string) => relative(root, path) || '.';
  const overridesFiles = [...folders].map((f) => join(f, OVERRIDES_FILE)).filter((f) => f.startsWith(root) && existsSync(f));
  const context = await gatherCleaning(root, dumps.map(([path, bytes]) => [rel(path), bytes] as const), overridesFiles.map(rel));
  return { ...context, inputOf: (path) => context.inputFor(rel(path)) };
}

/** The deepest folder that holds every path. */
function commonFolder(paths: readonly string[]): string {
  if (!paths.length) return sep;
  let common = dirname(paths[0]!);
  for (const p of paths) while (common !== dirname(common) && !(p + sep).startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  return common;
}

export async function prepareFile(path: string, options: { lang?: string; timeZone?: string; clean?: CleanInput } = {}): Promise<PreparedArticle> {
  const ext = extname(path).toLowerCase();
  const base = basename(path, extname(path));
  let article: ImportedArticle;
  let slug: string | undefined;
  if (HTML.has(ext)) {
    article = htmlToArticle(decodeHtml(await readFile(path)), options);
    // Saved pages are named by the browser ("index", "Title - Site"), so the headline names the file.
    slug = slugify(article.meta.title) || slugify(base);
  } else if (TEXT.has(ext)) {
    const text = await readFile(path, 'utf8');
    if (hasFrontmatter(text)) throw new ImportError('already a Markdown article with frontmatter; copy it into the content folder as it is');
    article = dumpToArticle(text, options);
    // The slug the build would give this dump where it stands, so its URL does not change.
    slug = chooseSlug({ fileBaseName: base, title: article.meta.title });
  } else {
    throw new ImportError(`unsupported file type "${ext || basename(path)}" (expected ${SUPPORTED.join(', ')})`);
  }
  if (!slug) throw new ImportError('no usable slug: neither the title nor the file name has letters or digits');
  return { article, slug, content: serializeArticle(article.meta, article.body) };
}
