/**
 * The content-layer loader: every article file in the content folder becomes one entry.
 * Unchanged files (same digest) keep their stored entry and are not parsed or rendered
 * again; files whose size and times are as the last sync recorded are not even read
 * (file-record.ts, planReads). All problems of a run are gathered and thrown together as one ContentError.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { writeDatedSlugs } from '../content/dated-slugs.ts';
import type { ParsedArticle, ParseOptions } from '../content/article.ts';
import { BodyCache } from './body-cache.ts';
import { ContentError, formatProblem, type ContentProblem } from '../content/errors.ts';
import { mapAhead } from './map-ahead.ts';
import { inlineParser, workerCount, workerParser, type ArticleParser } from './parse-pool.ts';
import { imageLine, imageSignature, resolveArticleImage, type ImageDirs, type ImageSource } from './local-image.ts';
import { bodyImagesSignature, resolveBodyImages } from './body-images.ts';
import type { ArticleEntryData } from '../content/schema.ts';
import { OVERRIDES_FILE } from '../clean/overrides.ts';
import { CleanSummary, cleanSignature, gatherCleaning, isDump, sourceOf } from '../content/cleaning-context.ts';
import { readRecord, statSignature, writeRecord, type FileFacts, type FileRecord } from './file-record.ts';

/** Bump when parsing or rendering changes, so cached entries are rebuilt. */
export const PIPELINE_VERSION = '5';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export interface NewsLoaderOptions extends ParseOptions {
  /** Content folder, absolute or relative to the project root. */
  contentDir: string;
  /** Whether drafts become entries; by default only under the dev server (which has a watcher). */
  includeDrafts?: boolean;
  /** Astro's cache folder, where rendered bodies are kept (see body-cache.ts). */
  cacheDir: string;
  /** Worker threads for parsing (PARSE_WORKERS); unset: decided by workerCount(). */
  parseWorkers?: number;
  /** Cleaning overrides files below the content folder (listOverridesFiles); set by the loader. */
  overridesFiles?: readonly string[];
}

/** Article files below `dir`, relative to it, in a stable order; hidden files are skipped. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names
    .filter((name) => ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase()) && path.basename(name) !== OVERRIDES_FILE)
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
}

/** The cleaning overrides files below `dir` (clean/overrides.ts), relative to it. */
export async function listOverridesFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => path.basename(name) === OVERRIDES_FILE && !name.split(path.sep).some((part) => part.startsWith('.'))).sort();
}

/** Below this many files a read is synchronous: a few small reads must not queue in the thread pool behind other work. */
const SYNC_READS = 256;

/** Reads files a batch at a time, so the disk is busy while the previous batch is parsed. */
async function* readInBatches(dir: string, files: readonly string[], size = 64): AsyncGenerator<[string, Buffer]> {
  if (files.length < SYNC_READS) {
    for (const f of files) yield [f, readFileSync(path.join(dir, f))];
    return;
  }
  const read = (from: number) => {
    const batch = Promise.all(files.slice(from, from + size).map((f) => readFile(path.join(dir, f))));
    batch.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
    return batch;
  };
  let next = read(0);
  for (let start = 0; start < files.length; start += size) {
    const batch = await next;
    next = read(start + size);
    for (let i = 0; i < batch.length; i++) yield [files[start + i]!, batch[i]!];
  }
}

type StoredEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;
type Prepared = { file: string; source: string } & ({ previous: StoredEntry } | { bytes: Buffer; parsed: Promise<ParsedArticle> });

/** Where a reused entry's cleaning counts are kept, for the summary line. */
const cleanMetaKey = (file: string) => `clean:${file}`;

type SyncContext = Pick<LoaderContext, 'store' | 'meta' | 'logger' | 'generateDigest' | 'parseData'>;
type AssetStore = { addAssetImports?: (assets: string[], filePath?: string) => void };

/** Everything beside its own bytes (and its folder's dumps) that an entry depends on: a change in any of it makes every file be read. */
async function inputsSignature(dir: string, options: NewsLoaderOptions & { includeDrafts: boolean }, digest: (data: string) => string): Promise<string> {
  const overrides = (options.overridesFiles ?? []).map((f) => `${f}\0${readFileSync(path.join(dir, f), 'utf8')}`);
  return digest([PIPELINE_VERSION, options.siteLang, options.includeDrafts, path.resolve(dir), ...overrides].join('\u0001'));
}

/**
 * Which files must be read, from their stat signatures against the last sync's record
 * (file-record.ts). A file is reused unread when its signature, the inputs and its stored
 * entry are as recorded, and no template can have changed: when no dump was added, removed or
 * changed. A changed dump makes every file be read (its template comes from the dumps of its
 * folder and of its source host, in any folder); a changed Markdown file is read alone.
 */
async function planReads(dir: string, files: readonly string[], record: FileRecord | undefined, entryOf: (file: string) => StoredEntry | undefined) {
  const now = Date.now();
  // Synchronous: ten thousand stats take a fraction of a second, where the thread pool queues them behind other work.
  const sigs = new Map(files.map((f) => [f, statSignature(path.join(dir, f), now)]));
  const known = (file: string) => {
    const facts = record?.files[file];
    return facts && entryOf(file)?.digest === facts.digest ? facts : undefined;
  };
  const unread = new Set(files.filter((f) => {
    const facts = known(f);
    return facts?.sig != null && facts.sig === sigs.get(f);
  }));
  const read = new Map<string, Buffer>();
  for await (const [file, bytes] of readInBatches(dir, files.filter((f) => !unread.has(f)))) read.set(file, bytes);
  return { sigs, unread, read, known };
}

/** Loads `files` (relative to `dir`) into the store; exported for tests with a fake context. */
export async function syncArticles(
  dir: string,
  files: readonly string[],
  options: NewsLoaderOptions & { includeDrafts: boolean; projectRoot?: string; publicDir?: string },
  ctx: SyncContext,
  bodies: BodyCache,
  makeParser: (expectedParses: number) => Promise<ArticleParser> = async () => inlineParser(options),
): Promise<{ parsed: number; reused: number; read: number; cleaning?: string }> {
  const { store, meta, logger } = ctx;
  const cacheDir = path.dirname(bodies.dir);
  const inputs = await inputsSignature(dir, options, (d) => ctx.generateDigest(d));
  const record = readRecord(cacheDir, inputs);
  const entryOf = (file: string) => {
    const id = meta.get(`file:${file}`);
    return id ? store.get(id) : undefined;
  };
  const root = options.projectRoot ?? dir;
  const imageDirs: ImageDirs = { contentDir: path.resolve(dir), projectRoot: root, publicDir: options.publicDir ?? path.join(root, 'public') };
  // Where the images come from is part of the entry: an image file added or removed beside an unchanged article changes it.
  const entryDigest = (source: string, image: ImageSource, bodyImages = '') => ctx.generateDigest(`${source}\0${imageSignature(image)}${bodyImages}`);
  /** The stored entry of `file`, if it is still good for `source` (its images and cached body as when it was made). */
  const reusable = (file: string, source: string): StoredEntry | undefined => {
    const previous = entryOf(file);
    const previousData = previous?.data as ArticleEntryData | undefined;
    const previousImage = previousData && resolveArticleImage(previousData.image, file, imageDirs);
    const previousBodyImages = previousData && bodyImagesSignature(previousData.bodyImages, file, imageDirs);
    return previous && previousImage && previous.digest === entryDigest(source, previousImage, previousBodyImages) && bodies.has(previous.digest) ? previous : undefined;
  };

  // Stat first; read what changed (file-record.ts), and everything when a dump changed.
  const plan = await planReads(dir, files, record, entryOf);
  const { sigs, read } = plan;
  const hashes = new Map<string, string>();
  const hashOf = (file: string) => {
    let hash = hashes.get(file);
    if (hash === undefined) hashes.set(file, (hash = createHash('sha1').update(read.get(file)!).digest('base64url')));
    return hash;
  };
  // Read, but with the bytes as recorded (a touched file, a checkout that reset the times): as good as unread.
  const same = new Set(plan.unread);
  for (const file of read.keys()) if (plan.known(file)?.hash === hashOf(file)) same.add(file);

  // A file that cannot be reused as it is must be read; if it is or was a dump, so must its whole folder.
  const needs = files.filter((file) => !(same.has(file) && reusable(file, plan.known(file)!.source)));
  for (const file of needs) same.delete(file);
  for await (const [file, bytes] of readInBatches(dir, needs.filter((f) => !read.has(f)))) read.set(file, bytes);
  const dirty = new Set<string>();
  const wasDump = (file: string) => (record ? record.files[file]?.dump === true : true);
  for (const file of needs) if (wasDump(file) || isDump(read.get(file)!.toString('utf8'))) dirty.add(sourceOf(file));
  const present = new Set(files);
  for (const file of Object.keys(record?.files ?? {})) if (wasDump(file) && !present.has(file)) dirty.add(sourceOf(file));
  // A dump's template also counts the dumps of other folders that name the same source host
  // (clean/template.ts templateGroups), so a changed dump makes every folder be read.
  if (dirty.size) for (const file of files) dirty.add(sourceOf(file));
  const rest = files.filter((f) => dirty.has(sourceOf(f)) && !read.has(f));
  for await (const [file, bytes] of readInBatches(dir, rest)) read.set(file, bytes);
  const kept = new Set([...same].filter((f) => !dirty.has(sourceOf(f))));

  // Templates are only needed when a dump changed, and then over every dump.
  const cleaning = await gatherCleaning(dir, files.filter((f) => dirty.has(sourceOf(f))).map((f) => [f, read.get(f)!] as const), options.overridesFiles ?? []);
  const summary = new CleanSummary();
  const problems: ContentProblem[] = [];
  const slugOwner = new Map<string, string>();
  const keep = new Set<string>();
  /** Entries added or with another digest than the store held: the search indexes their parts ahead (content/dated-slugs.ts). */
  const changed = new Set<string>();
  const facts: Record<string, FileFacts> = {};
  let parsed = 0;
  let reused = 0;

  const claimSlug = (slug: string, file: string, line?: number): boolean => {
    const owner = slugOwner.get(slug);
    if (owner === undefined) {
      slugOwner.set(slug, file);
      return true;
    }
    problems.push({ file, line, message: `slug "${slug}" is already used by ${owner}`, hint: 'give one of the two files a different `slug:` in its frontmatter, or rename it' });
    return false;
  };

  // Reuse is decided per file ahead of time; parsing may run in worker threads, but results
  // are taken in file order, so which file keeps a contested slug never depends on timing.
  const prepare = (file: string): Prepared => {
    if (kept.has(file)) return { file, source: plan.known(file)!.source, previous: entryOf(file)! };
    const bytes = read.get(file)!;
    const clean = cleaning.inputFor(file);
    const source = ctx.generateDigest(`${PIPELINE_VERSION}\0${options.siteLang}\0${options.includeDrafts}\0${cleanSignature(clean)}\0${bytes.toString('base64')}`);
    const previous = reusable(file, source);
    if (previous) return { file, source, previous };
    return { file, bytes, source, parsed: parser.parse(file, bytes, clean) };
  };
  const remember = (file: string, source: string, digest: string) => {
    const known = plan.known(file);
    const bytes = read.get(file);
    const hash = bytes ? hashOf(file) : known!.hash;
    const dump = bytes ? isDump(bytes.toString('utf8')) : known!.dump;
    facts[file] = { sig: sigs.get(file) ?? null, hash, dump, source, digest };
  };

  const expectedParses = files.filter((file) => !meta.get(`file:${file}`)).length;
  const parser = await makeParser(expectedParses);
  const writes: Promise<void>[] = [];
  try {
    for await (const step of mapAhead(files, prepare, Math.max(1, parser.workers) * 32)) {
      const { file } = step;
      const metaKey = `file:${file}`;
      if ('previous' in step) {
        const { previous } = step;
        reused++;
        const counts = meta.get(cleanMetaKey(file));
        if (counts) summary.add(JSON.parse(counts), true);
        // Astro rewrites its list of content images each sync, so a kept entry names its own again
        // (as Astro's glob loader does; the method is on the store but not in its public type).
        if (previous.assetImports?.length) (store as AssetStore).addAssetImports?.(previous.assetImports, previous.filePath);
        if (claimSlug(previous.id, file)) keep.add(previous.id);
        remember(file, step.source, String(previous.digest));
        continue;
      }

      parsed++;
      const { bytes } = step;
      const result = await step.parsed;
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      for (const warning of result.warnings) logger.warn(formatProblem(warning).trim());
      summary.add(result.cleaning);
      if (result.cleaning) meta.set(cleanMetaKey(file), JSON.stringify(result.cleaning));
      else meta.delete(cleanMetaKey(file));
      const { article, html, bodyImages } = result;
      if (article.draft && !options.includeDrafts) {
        meta.delete(metaKey);
        continue;
      }
      if (!claimSlug(article.slug, file)) continue;
      const image = resolveArticleImage(article.image, file, imageDirs);
      if (image.kind === 'missing') problems.push({ file, line: imageLine(bytes.toString('utf8'), article.image!), message: image.message, hint: image.hint });
      const body = resolveBodyImages(bodyImages, file, imageDirs);
      if ('problems' in body) problems.push(...body.problems);
      if (image.kind === 'missing' || 'problems' in body) continue;
      const digest = entryDigest(step.source, image, body.signature);
      const write = bodies.write(digest, html);
      write.catch(() => {}); // awaited after the loop; this keeps a failure from counting as unhandled meanwhile
      writes.push(write);
      // image() in content.config.ts resolves `imageAsset` against filePath, which Astro takes as project-relative.
      const filePath = path.relative(root, path.join(dir, file));
      const imageAsset = image.kind === 'asset' ? { imageAsset: image.importPath } : {};
      const data = await ctx.parseData<ArticleEntryData>({ id: article.slug, data: { ...article, bodyKey: digest, ...imageAsset, ...body.data }, filePath });
      if (store.get(article.slug)?.digest !== digest) changed.add(article.slug);
      store.set({ id: article.slug, data, digest, filePath });
      meta.set(metaKey, article.slug);
      keep.add(article.slug);
      remember(file, step.source, digest);
    }
  } finally {
    await parser.close();
    await Promise.allSettled(writes);
  }

  for (const write of writes) await write; // rethrows a failed write (a full disk, say)

  problems.push(...cleaning.problems);
  if (problems.length) throw new ContentError(problems);
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  bodies.prune(new Set(store.keys().map((id) => String(store.get(id)?.digest))));

  writeRecord(cacheDir, inputs, facts);
  writeDatedSlugs(cacheDir, store.keys().map((id) => ({ slug: id, date: (store.get(id)?.data as { date?: string | null } | undefined)?.date ?? null, ...(changed.has(id) ? { changed: true as const } : {}) })));

  return { parsed, reused, read: read.size, cleaning: summary.line() };
}

export function newsLoader(options: NewsLoaderOptions): Loader {
  let watching = false;

  const sync = async (ctx: LoaderContext) => {
    const root = fileURLToPath(ctx.config.root);
    const dir = path.resolve(root, options.contentDir);
    let files: string[];
    try {
      files = await listArticleFiles(dir);
    } catch (error) {
      throw new ContentError([{ file: options.contentDir, message: `cannot read the content folder (${(error as Error).message})`, hint: 'create it, or point CONTENT_DIR at the folder that holds the articles' }]);
    }
    if (!files.length) ctx.logger.warn(`no article files (.md, .markdown, .txt) in ${dir}`);
    const includeDrafts = options.includeDrafts ?? Boolean(ctx.watcher);
    const bodies = new BodyCache(path.resolve(root, options.cacheDir));
    const publicDir = fileURLToPath(ctx.config.publicDir);
    const overridesFiles = await listOverridesFiles(dir);
    const syncOptions = { ...options, includeDrafts, projectRoot: root, publicDir, overridesFiles };
    let workers = 0;
    const makeParser = async (expectedParses: number) => {
      workers = workerCount(expectedParses, { requested: options.parseWorkers });
      return workers ? workerParser(syncOptions, { workers, bundleDir: bodies.dir + '-worker' }) : inlineParser(syncOptions);
    };
    const { parsed, reused, read, cleaning } = await syncArticles(dir, files, syncOptions, ctx, bodies, makeParser);
    const threads = workers ? ` in ${workers} worker threads` : '';
    ctx.logger.info(`${files.length} article files (${read} read, the rest unchanged by size and time): ${parsed} parsed${threads}, ${reused} unchanged`);
    if (cleaning) ctx.logger.info(cleaning);
    return dir;
  };

  return {
    name: 'news-loader',
    load: async (ctx) => {
      const dir = await sync(ctx);
      if (!ctx.watcher || watching) return;
      // Dev server: sync again when an article changes; unchanged files are reused by digest.
      watching = true;
      ctx.watcher.add(dir);
      ctx.watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(dir + path.sep) || !ARTICLE_EXTENSIONS.has(path.extname(changed).toLowerCase())) return;
        sync(ctx).catch((error: Error) => ctx.logger.error(error.message));
      });
    },
  };
}
