/**
 * Shorter file names in a Pagefind bundle's meta (Node side, run on each part as it is written).
 *
 * Every query loads the meta of each part it searches (`pagefind.<lang hash>.pf_meta`). It lists
 * every page of the part with the name of its fragment file, a random 7-hex-digit content hash
 * ("en_3833db5"), and those names were a third of the meta on the wire: a part of 2,000 articles
 * had a meta of 21.3 KB, and a year filter at 50,000 articles searches six parts. Here each page's
 * fragment (and each index chunk and filter file) is renamed to a short name counted up from 0,
 * after a prefix that stands for the whole bundle, and the meta is written again: 14.2 KB for the
 * same part. Nothing else changes: the same pages in the same order, word counts, chunks, filters
 * and sorts, so every search gives the same results in the same order with the same scores.
 *
 * Cache safety: a name stands for one content only. The prefix is a hash of the meta as Pagefind
 * wrote it, which names every fragment, chunk and filter by its content hash; so a name is only
 * ever used again for the same bundle. The meta keeps its own file name (Pagefind's hash of it).
 *
 * The meta is Pagefind's private format (CBOR after the "pagefind_dcd" signature, gzipped; read and
 * written with cborg, and checked to read back byte for byte), known
 * here for Pagefind 1.6's shape: [version, pages [[fragment, word count, group]], chunks [[from,
 * to, file]], filters [[name, file]], sorts, meta fields]. A meta of another shape stops the build
 * rather than being guessed at (the pagefind version is pinned in package.json).
 */
import { decode, encode } from 'cborg';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';

/** What CBOR gives back here: the major types Pagefind's meta uses. */
export type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor>;

/** One CBOR item, maps as Map (their keys in the order written). */
export const decodeCbor = (bytes: Uint8Array): Cbor => decode(bytes, { useMaps: true }) as Cbor;
/** CBOR in its shortest form, maps in their own order (cborg sorts their keys unless told not to). */
export const encodeCbor = (value: Cbor): Uint8Array => encode(value, { mapSorter: undefined });

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

/** Characters of the bundle prefix: a hash of 24 bits, new for every bundle content. */
const PREFIX_LENGTH = 6;

/** Short names, in order: the prefix, a kind letter (none for fragments: the most names) and the place in base 36. */
export const shortName = (prefix: string, kind: '' | 'i' | 'f', place: number) => `${prefix}${kind}${place.toString(36)}`;

type Page = [string, number, string];
type Chunk = [string, string, string];
type Filter = [string, string];

const isPage = (p: Cbor): p is Page => Array.isArray(p) && p.length === 3 && typeof p[0] === 'string' && typeof p[1] === 'number' && typeof p[2] === 'string';
const isChunk = (c: Cbor): c is Chunk => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string');
const isFilter = (f: Cbor): f is Filter => Array.isArray(f) && f.length === 2 && f.every((x) => typeof x === 'string');

/** A meta's content (after the signature), with its pages, chunks and filters checked for Pagefind 1.6's shape. */
function readMeta(file: string): { meta: Cbor[]; pages: Page[]; chunks: Chunk[]; filters: Filter[]; raw: Uint8Array } {
  const raw = gunzipSync(readFileSync(file));
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new Error(`${file}: no Pagefind signature`);
  const body = raw.subarray(SIGNATURE.length);
  const meta = decodeCbor(body);
  // Written back as it was read, or not touched: what this reader cannot say again exactly, it leaves alone.
  if (Buffer.compare(encodeCbor(meta), body) !== 0) throw new Error(`${file}: a Pagefind meta that does not read back byte for byte; update compact-bundle.ts for this Pagefind version`);
  const [, pages, chunks, filters] = Array.isArray(meta) ? meta : [];
  const known = Array.isArray(meta) && meta.length === 6 && typeof meta[0] === 'string' && Array.isArray(pages) && pages.every(isPage) && Array.isArray(chunks) && chunks.every(isChunk) && Array.isArray(filters) && filters.every(isFilter);
  if (!known) throw new Error(`${file}: a Pagefind meta of a shape compact-bundle.ts does not know (Pagefind ${Array.isArray(meta) ? String(meta[0]) : '?'}); update it for this version`);
  return { meta, pages: pages as Page[], chunks: chunks as Chunk[], filters: filters as Filter[], raw };
}

export interface CompactResult {
  /** Bytes of the meta files before and after. */
  before: number;
  after: number;
  /** Fragment files renamed. */
  fragments: number;
}

/**
 * Renames the fragments, index chunks and filter files of every language of the bundle in `dir`
 * to short names and writes each meta again with them. A page whose fragment sits in a group file
 * (Pagefind's maxFragments) keeps its name.
 */
export function compactBundle(dir: string): CompactResult {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: unknown }> };
  const result: CompactResult = { before: 0, after: 0, fragments: 0 };
  for (const { hash } of Object.values(entry.languages ?? {})) {
    if (typeof hash !== 'string' || !/^[\w-]+$/.test(hash)) throw new Error(`${dir}: pagefind-entry.json names a meta "${String(hash)}"`);
    const file = path.join(dir, `pagefind.${hash}.pf_meta`);
    const size = readFileSync(file).length;
    const { meta, pages, chunks, filters, raw } = readMeta(file);
    const prefix = createHash('sha256').update(raw).digest('hex').slice(0, PREFIX_LENGTH);
    result.before += size;
    const move = (folder: string, ext: string, from: string, to: string) => {
      const target = path.join(dir, folder, `${to}.${ext}`);
      if (existsSync(target)) throw new Error(`${dir}: ${folder}/${to}.${ext} exists already`);
      renameSync(path.join(dir, folder, `${from}.${ext}`), target);
    };
    meta[1] = pages.map(([name, words, group], i): Page => {
      if (group !== '') return [name, words, group];
      const short = shortName(prefix, '', i);
      move('fragment', 'pf_fragment', name, short);
      result.fragments++;
      return [short, words, group];
    });
    // Files named by their content: two entries of one content would share a file.
    const renamer = (folder: string, ext: string, kind: 'i' | 'f') => {
      const renamed = new Map<string, string>();
      return (name: string) => {
        let short = renamed.get(name);
        if (short === undefined) {
          short = shortName(prefix, kind, renamed.size);
          move(folder, ext, name, short);
          renamed.set(name, short);
        }
        return short;
      };
    };
    const chunk = renamer('index', 'pf_index', 'i');
    const filter = renamer('filter', 'pf_filter', 'f');
    meta[2] = chunks.map(([from, to, name]): Chunk => [from, to, chunk(name)]);
    meta[3] = filters.map(([key, name]): Filter => [key, filter(name)]);
    const body = encodeCbor(meta);
    const plain = new Uint8Array(SIGNATURE.length + body.length);
    plain.set(SIGNATURE);
    plain.set(body, SIGNATURE.length);
    // Z_FILTERED suits the meta's many small numbers; 2 % smaller than the default here.
    const packed = gzipSync(plain, { level: 9, memLevel: 9, strategy: constants.Z_FILTERED });
    writeFileSync(file, packed);
    result.after += packed.length;
  }
  return result;
}
