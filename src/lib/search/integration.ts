/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's
 * Node API rather than a shell step, so indexing problems fail the build itself.
 * Only the article pages are read; their data-pagefind-* attributes choose what is indexed
 * (see ArticleView).
 *
 * The index is built in parts (src/lib/search/parts.ts): runs of articles by date, one Pagefind
 * index at a time, so Pagefind's memory follows the part size rather than the site. Each part's bundle is kept
 * in Astro's cache folder with a manifest of its pages; a part whose pages are unchanged is
 * copied from there instead of indexed again. A page left in the kept output with the size and
 * times recorded after the last build is not read again for its manifest hash (pagefind-pages.json).
 */
import { createHash } from 'node:crypto';
import { constants, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Importing is cheap: Pagefind's native binary only starts on the first createIndex().
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { readDatedSlugs } from '../content/dated-slugs.ts';
import { startIndexingAhead, type AheadOptions } from './ahead.ts';
import { compactBundle } from './compact-bundle.ts';
import { MAX_MERGED_PARTS, MERGE_ATTRIBUTE } from './merge.ts';
import { pagefindConfigAttributes } from './page-attributes.ts';
import { DEFAULT_PART_SIZE, PRIMARY_DIR, indexedContent, partSizeFor, isMergedBundleFile, pageDate, partGlobs, partManifest, planParts, sameManifest, type PartManifest, type SearchPart } from './parts.ts';
import { createRoutes, withBase } from '../site/urls.ts';

/** Turns Pagefind's error lists into one thrown Error, so the build stops with a reason. */
export function assertNoErrors(step: string, errors: readonly string[] | undefined): void {
  if (errors?.length) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

const siteRoutes = createRoutes('/');

/**
 * The folder of the article pages under the output directory, taken from `routes.article`:
 * `articles/`. Only articles carry data-pagefind-body; sparing Pagefind the other pages
 * (tags, lists, archive) saves about 6% of its time and memory at 10,000 articles.
 */
export function articleFolder(): string {
  const probe = siteRoutes.article('probe');
  return probe.slice(1, probe.lastIndexOf('probe/'));
}

export interface PagefindOptions {
  /** One index in the interface language, even if some pages declare another `<html lang>`:
      the search page only queries the index of its own language. */
  forceLanguage?: string;
  /** Index parts while Astro writes the pages, on a cold build (default true; ahead.ts). */
  indexAhead?: boolean;
  /** Articles per index part (SEARCH_PART_SIZE; more when the site would have too many parts, parts.ts partSizeFor). */
  partSize?: number;
}

/** Slugs of the built article pages: the folders holding an index.html. */
function builtSlugs(outDir: string): string[] {
  const folder = path.join(outDir, articleFolder());
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(folder, e.name, 'index.html')))
    .map((e) => e.name);
}

/** The installed Pagefind's version. Its package.json is not exported, so it is looked up
    along Node's module paths (Vite's module runner has no import.meta.resolve). */
let installedVersion: string | undefined;
function pagefindVersion(): string {
  if (installedVersion) return installedVersion;
  const dirs = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const file = dirs.map((d) => path.join(d, 'pagefind', 'package.json')).find((f) => existsSync(f));
  if (!file) throw new Error('cannot find the pagefind package');
  return (installedVersion = JSON.parse(readFileSync(file, 'utf8')).version as string);
}

/** The search page must merge exactly the bundles written here, or a part goes unsearched. */
/** The search page ranks parts in tiers it can only tell apart up to MAX_MERGED_PARTS + 1 (tiers.ts): fail the build, not the reader's search. */
export function checkPartCount(partCount: number, articleCount: number, partSize: number): void {
  const limit = MAX_MERGED_PARTS + 1;
  if (partCount <= limit) return;
  throw new Error(
    `${articleCount} articles make ${partCount} search index parts of ${partSize}, but the search page can merge at most ${limit}. ` +
      `Set SEARCH_PART_SIZE to at least ${Math.ceil(articleCount / limit)} (each part needs about 300 MB of Pagefind memory per 1,000 articles).`,
  );
}

function checkSearchPage(outDir: string, base: string, parts: SearchPart[]): void {
  const file = path.join(outDir, siteRoutes.search().slice(1), 'index.html');
  if (!existsSync(file)) return;
  const raw = pagefindConfigAttributes(readFileSync(file, 'utf8'))[MERGE_ATTRIBUTE];
  const rendered = raw === undefined ? undefined : JSON.parse(raw);
  const expected = parts.filter((p) => !p.primary).map((p) => withBase(base, p.dir));
  if (JSON.stringify(rendered) !== JSON.stringify(expected)) {
    throw new Error(`the search page merges ${JSON.stringify(rendered)} but the index parts are ${JSON.stringify(expected)}`);
  }
}

/** Indexes one part's pages into a fresh Pagefind index, writes it to `bundleDir`, frees it. */
async function indexPart(outDir: string, part: SearchPart, config: PagefindServiceConfig, bundleDir: string): Promise<void> {
  const created = await createIndex(config);
  assertNoErrors('createIndex', created.errors);
  const index = created.index;
  if (!index) throw new Error('Pagefind createIndex returned no index');
  try {
    let pageCount = 0;
    for (const glob of partGlobs(articleFolder(), part.slugs)) {
      const added = await index.addDirectory({ path: outDir, glob });
      assertNoErrors('indexing', added.errors);
      pageCount += added.page_count;
    }
    if (pageCount !== part.slugs.length) throw new Error(`Pagefind indexed ${pageCount} of the ${part.slugs.length} pages of part ${part.id}`);
    const written = await index.writeFiles({ outputPath: bundleDir });
    assertNoErrors('writing the index', written.errors);
    // Short file names in the meta every query loads per part (compact-bundle.ts).
    compactBundle(bundleDir);
  } finally {
    // Frees the index in Pagefind's process before the next part is built.
    await index.deleteIndex();
  }
}

const pagePath = (outDir: string, slug: string) => path.join(outDir, articleFolder(), slug, 'index.html');

/** Beside the parts' folder: each article page's stat signature (build/file-record.ts), date and hash, from the last build. */
const PAGES_FILE = 'pagefind-pages.json';
type PageFacts = { sig: string | null; date: string | null; hash: string };

function readPageRecord(file: string): Record<string, PageFacts> {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8'));
    return record && typeof record === 'object' ? record : {};
  } catch {
    return {};
  }
}

/**
 * A page's size, times and inode; null when written within 2 s of `now`, where a coarse clock
 * could hide a second write (as build/file-record.ts does for article files; search may not import build).
 */
function statSignature(file: string, now: number): string | null {
  const s = statSync(file);
  return s.mtimeMs > now - 2000 ? null : `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}

/** Each article page's date and the hash of its indexed content; pages with the size and times recorded in `recordFile` are not read. */
export function readPages(outDir: string, slugs: readonly string[], recordFile: string, read = (file: string) => readFileSync(file, 'utf8')): Map<string, PageFacts> {
  const known = readPageRecord(recordFile);
  const now = Date.now();
  const pages = new Map(slugs.map((slug): [string, PageFacts] => {
    const file = pagePath(outDir, slug);
    const sig = statSignature(file, now);
    const kept = known[slug];
    if (sig !== null && kept?.sig === sig) return [slug, kept];
    const html = read(file);
    return [slug, { sig, date: pageDate(html), hash: pageHash(html) }];
  }));
  writePageRecord(recordFile, pages);
  return pages;
}

/** Written only when it changed, so the cache seal need not read it again. */
function writePageRecord(file: string, pages: ReadonlyMap<string, PageFacts>): void {
  const text = JSON.stringify(Object.fromEntries(pages));
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(file, text);
}

/** Beside a cached bundle: where and which bundle the last build published it (see publish). */
const PUBLISHED_FILE = 'published.json';

/**
 * Copies a cached bundle into the site; merged bundles get only their index files. The output
 * folder is kept between builds only when it is exactly as the last build left it (the cache
 * guard, build/kept-output.ts), so when the last build published this same bundle to the same
 * place the files are already there: they are touched instead of copied again, which also tells
 * the guard's stale-file pruning that this build wrote them. Only the bundle's own files: the
 * primary bundle's folder holds the other parts' folders, whose files left over from an older
 * bundle of theirs must stay untouched, so that the pruning deletes them.
 */
function publish(cacheDir: string, bundleDir: string, target: string, primary: boolean, manifest: unknown): void {
  const recordFile = path.join(cacheDir, PUBLISHED_FILE);
  const record = JSON.stringify({ target: path.resolve(target), primary, manifest: createHash('sha256').update(JSON.stringify(manifest)).digest('base64url') });
  const published = (rel: string) => primary || isMergedBundleFile(rel);
  if (existsSync(target) && existsSync(recordFile) && readFileSync(recordFile, 'utf8') === record && touchBundle(bundleDir, target, published)) return;
  // FICLONE: a copy-on-write clone where the file system has them, else a plain copy.
  cpSync(bundleDir, target, { recursive: true, mode: constants.COPYFILE_FICLONE, filter: (src) => src === bundleDir || published(path.relative(bundleDir, src)) });
  writeFileSync(recordFile, record);
}

/** Sets the time of the bundle's published files in `target` to now; false if one is missing there (then it is copied). */
function touchBundle(bundleDir: string, target: string, published: (rel: string) => boolean): boolean {
  const now = new Date();
  const root = path.resolve(bundleDir);
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    // The path below the bundle by slicing (path.relative on each of ~10,000 entries was most of this walk's time).
    const rel = e.parentPath === root ? e.name : `${e.parentPath.slice(root.length + 1)}${path.sep}${e.name}`;
    if (!published(rel)) continue;
    try {
      utimesSync(path.join(target, rel), now, now);
    } catch {
      return false;
    }
  }
  return true;
}

const serviceConfig = (options: PagefindOptions): PagefindServiceConfig => ({ forceLanguage: options.forceLanguage });
const partCacheDir = (cacheRoot: string, part: SearchPart) => path.join(cacheRoot, String(part.id));
const partBundleDir = (cacheRoot: string, part: SearchPart) => path.join(partCacheDir(cacheRoot, part), 'bundle');
const pageHash = (html: string) => createHash('sha256').update(indexedContent(html)).digest('base64url');

/** Part of every manifest: raise it when the way a part is indexed changes, to drop old bundles. */
const LAYOUT = 4;

/** What a part's bundle is built from: Pagefind's version, its options and each page's hash. */
function manifestOf(config: PagefindServiceConfig, part: SearchPart, hashOf: (slug: string) => string) {
  return partManifest(pagefindVersion(), { ...config, layout: LAYOUT }, part.slugs.map((slug): [string, string] => [siteRoutes.article(slug), hashOf(slug)]));
}

/** Indexes a part into its cache folder unless the cache holds it under the same manifest; true if it was indexed. */
async function ensurePart(outDir: string, cacheRoot: string, part: SearchPart, config: PagefindServiceConfig, manifest: PartManifest): Promise<boolean> {
  const cacheDir = partCacheDir(cacheRoot, part);
  const manifestFile = path.join(cacheDir, 'manifest.json');
  const bundleDir = partBundleDir(cacheRoot, part);
  const cached = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
  if (sameManifest(cached, manifest) && existsSync(bundleDir)) return false;
  // The manifest is written last: a part cut short by a failed build is indexed again.
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  await indexPart(outDir, part, config, bundleDir);
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return true;
}

/** What this build did while the pages were written (ahead.ts): the parts it indexed (counted as indexed, not reused) and those it copied into the site, with their manifests. */
interface DoneAhead {
  indexed: ReadonlySet<number>;
  published: ReadonlyMap<number, string>;
}

/** Whether every part copied into the site ahead was copied under the manifest the search step plans for it now. */
export function publishedAsPlanned(published: ReadonlyMap<number, string>, planned: ReadonlyMap<number, PartManifest>): boolean {
  for (const [id, manifest] of published) if (JSON.stringify(planned.get(id)) !== manifest) return false;
  return true;
}

async function buildIndex(outDir: string, cacheRoot: string, base: string, options: PagefindOptions, logger: AstroIntegrationLogger, doneAhead: DoneAhead = { indexed: new Set(), published: new Map() }): Promise<void> {
  const started = performance.now();
  const slugs = builtSlugs(outDir);
  if (slugs.length === 0) logger.warn(`no article pages under ${articleFolder()}; search will find nothing`);
  // Each page is read once: its date places it in a part, its indexed content goes in the manifest.
  // A page with the size and times the last build recorded (one Astro skipped, left in the kept
  // output) is not read again: its date and hash are taken from that record.
  const pages = readPages(outDir, slugs, path.join(path.dirname(cacheRoot), PAGES_FILE));
  const partSize = partSizeFor(slugs.length, options.partSize ?? DEFAULT_PART_SIZE);
  const parts = planParts(slugs.map((slug) => ({ slug, date: pages.get(slug)!.date })), partSize);
  checkPartCount(parts.length, slugs.length, partSize);
  checkSearchPage(outDir, base, parts);

  const config = serviceConfig(options);
  let published = doneAhead.published;
  const manifests = new Map(parts.map((part) => [part.id, manifestOf(config, part, (slug) => pages.get(slug)!.hash)]));
  if (!publishedAsPlanned(published, manifests)) {
    // A page changed after it was indexed ahead (or the plan moved): what was copied may hold files
    // the new bundle has not, so the site's bundles are all copied again from a clean folder.
    rmSync(path.join(outDir, PRIMARY_DIR), { recursive: true, force: true });
    published = new Map();
  }
  let indexed = 0;
  let ahead = 0;
  let pagefindMs = 0;
  for (const part of parts) {
    const manifest = manifests.get(part.id)!;
    const indexing = performance.now();
    if (await ensurePart(outDir, cacheRoot, part, config, manifest)) {
      pagefindMs += performance.now() - indexing;
      indexed++;
    } else if (doneAhead.indexed.has(part.id)) {
      ahead++;
    }
    if (!published.has(part.id)) publish(partCacheDir(cacheRoot, part), partBundleDir(cacheRoot, part), path.join(outDir, part.dir), part.primary, manifest);
  }
  // Parts no longer planned (the article count crossed a part boundary, a part emptied).
  const used = new Set(parts.map((p) => String(p.id)));
  for (const name of readdirSync(cacheRoot)) if (!used.has(name)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`${slugs.length} articles in ${parts.length} index parts: ${indexed + ahead} indexed, ${parts.length - indexed - ahead} reused from the cache (parts of up to ${partSize} articles; ${ahead} of them indexed while the pages were written; ${seconds} s, Pagefind ${(pagefindMs / 1000).toFixed(1)} s of it)`);
}

/**
 * Indexes parts while Astro writes the pages (ahead.ts), from the loader's list of slugs and
 * dates: every part on a cold build (no article pages in the output folder yet); on a build into
 * a kept output folder, the parts of the articles the sync changed, once their new pages are
 * written. Undefined when there is nothing to go on, or nothing changed.
 */
function indexAhead(outDir: string, cacheRoot: string, options: PagefindOptions, published: Map<number, string>) {
  const articles = readDatedSlugs(path.dirname(cacheRoot));
  if (!articles?.length) return undefined;
  let changed: AheadOptions['changed'];
  if (existsSync(path.join(outDir, articleFolder()))) {
    const slugs = new Set(articles.filter((a) => a.changed).map((a) => a.slug));
    if (!slugs.size) return undefined;
    // A changed article's page is new once its indexed content is not what its cached part was indexed from.
    const indexedFrom = cachedPageHashes(cacheRoot);
    changed = { slugs, isNew: (slug, html) => pageHash(html) !== indexedFrom.get(siteRoutes.article(slug)) };
  }
  const config = serviceConfig(options);
  return startIndexingAhead({
    articles,
    partSize: options.partSize ?? DEFAULT_PART_SIZE,
    pageFile: (slug) => pagePath(outDir, slug),
    changed,
    indexPart: async (part, pages) => {
      const manifest = manifestOf(config, part, (slug) => pageHash(pages.get(slug)!));
      const indexed = await ensurePart(outDir, cacheRoot, part, config, manifest);
      // Copied into the site now too, while a core is free: the search step skips a part published under its manifest.
      publish(partCacheDir(cacheRoot, part), partBundleDir(cacheRoot, part), path.join(outDir, part.dir), part.primary, manifest);
      published.set(part.id, JSON.stringify(manifest));
      return indexed;
    },
  });
}

/** Page URL → the hash it was indexed under, over every cached part's manifest (unreadable ones give none). */
function cachedPageHashes(cacheRoot: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(cacheRoot, name, 'manifest.json'), 'utf8')) as PartManifest;
      for (const [url, hash] of manifest.pages) hashes.set(url, hash);
    } catch {
      // No manifest (a part cut short): its pages count as new once whole.
    }
  }
  return hashes;
}

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  let cacheRoot = '';
  let base = '/';
  let outDir = '';
  let ahead: ReturnType<typeof indexAhead>;
  /** Parts the indexing ahead copied into the output folder, with the manifest they were copied under. */
  const publishedAhead = new Map<number, string>();
  return {
    name: 'news-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The parts are cached here between builds; dist/ is kept only while it is exactly as the last build left it.
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'pagefind-parts');
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (options.indexAhead === false) return;
        mkdirSync(cacheRoot, { recursive: true });
        ahead = indexAhead(outDir, cacheRoot, options, publishedAhead);
      },
      'astro:build:done': async ({ dir, logger }) => {
        mkdirSync(cacheRoot, { recursive: true });
        try {
          // A part that failed ahead is indexed again by buildIndex, where its error stops the build.
          const done = await ahead?.finish().catch((error: Error) => void logger.warn(`indexing while the pages were written stopped: ${error.message}; the search step indexes what is left`));
          ahead = undefined;
          await buildIndex(fileURLToPath(dir), cacheRoot, base, options, logger, { indexed: new Set(done?.indexed), published: publishedAhead });
          publishedAhead.clear();
        } finally {
          await close();
        }
      },
    },
  };
}
