/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and module graph are unchanged is restored from the previous build instead of rendered.
 * So a key must cover everything the page shows. Astro hashes the code and its own config;
 * it does not see our configuration (title, language, …) nor the data, so each key holds:
 * the site's configuration, the page's own subject (an article with its body digest) and
 * everything else it shows of other articles, projected to what it shows: a link (slug,
 * title, date, language) or a summary (every field but the body). So editing a body
 * re-renders that article's page, the lists whose summaries show its word count, and the
 * pages whose related links it changes; nothing else.
 * If a component starts showing more of a linked article, widen the projection here: the
 * incremental build test (tests/build/incremental.test.ts) fails until it is.
 */
import { hash } from 'node:crypto';

/** Bump when what a key covers changes, so no page is restored under an old meaning. */
export const CACHE_KEY_VERSION = '2';

/** What a link to an article shows (related, previous/next, archive lists). */
export interface ArticleLink {
  slug: string;
  title: string;
  date: string | null;
  lang: string;
}

export function asLink({ slug, title, date, lang }: ArticleLink & Record<string, unknown>): ArticleLink {
  return { slug, title, date, lang };
}

/** What a summary in a list shows: all but the body and the source file's name. */
export function asSummary<T extends { bodyKey: string; file: string }>(article: T): Omit<T, 'bodyKey' | 'file'> {
  const { bodyKey: _body, file: _file, ...shown } = article;
  return shown;
}

/**
 * JSON with object keys sorted, so a key never depends on property order. The same text as
 * JSON.stringify with a key-sorting replacer, written out by hand: that replacer built a sorted
 * copy of every object, and every page's key passes through here (seconds at 10,000 articles).
 */
export function stableJson(value: unknown): string | undefined {
  return encode(value, false);
}

/**
 * A value already written by stableJson, taken as it is: a part shown on many pages (an
 * article's card, the site's configuration) is written once, not once per page.
 */
export class StableJson {
  readonly json: string;
  constructor(json: string) {
    this.json = json;
  }
}

/**
 * `value` stood for by the digest of its stableJson: a key holding it covers the value as fully as
 * one holding its text (any change changes the digest), and hashes 40 bytes instead of the whole
 * text. For a part shown on many pages: an article's card is in a dozen keys, and hashing the
 * cards' text was most of the time the keys took at 10,000 articles.
 */
export function digested(value: unknown): StableJson {
  return digestOfJson(stableJson(value) ?? 'null');
}

/** digested() of a value whose stableJson is `json`. */
export function digestOfJson(json: string): StableJson {
  return new StableJson(JSON.stringify(`sha256:${hash('sha256', json, 'base64url')}`));
}

/**
 * stableJson of a record, and of the same record without the properties named in `omit` (a
 * projection, such as what a card shows of an article), written in one pass: an article's page
 * key holds the whole article and the lists' keys its card, and writing each apart, with the
 * projected copy made first, was most of the keys' time.
 */
export function stableJsonWithout(record: Record<string, unknown>, omit: ReadonlySet<string>): [whole: string, projected: string] {
  let whole = '{';
  let projected = '{';
  for (const key of Object.keys(record).sort()) {
    const item = encode(record[key], false);
    if (item === undefined) continue;
    const part = JSON.stringify(key) + ':' + item;
    whole += (whole.length > 1 ? ',' : '') + part;
    if (!omit.has(key)) projected += (projected.length > 1 ? ',' : '') + part;
  }
  return [whole + '}', projected + '}'];
}

function encode(value: unknown, inArray: boolean): string | undefined {
  if (value instanceof StableJson) return value.json;
  let v = value;
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: () => unknown }).toJSON();
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return JSON.stringify(v); // throws, as JSON.stringify does
    case 'object':
      break;
    default: // undefined, functions, symbols: left out of objects, null in arrays
      return inArray ? 'null' : undefined;
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + encode(v[i], true);
    return out + ']';
  }
  const record = v as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const item = encode(record[key], false);
    if (item === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + item;
    first = false;
  }
  return out + '}';
}

/**
 * The key of one page: `site` is the configuration every page shows, `subject` what the page
 * is about, body key included (an article; null for a list), `shown` everything else it
 * displays, already projected (asLink, asSummary).
 */
export function pageCacheKey(site: unknown, subject: unknown, shown: unknown): string {
  return hash('sha256', `${CACHE_KEY_VERSION}\0${stableJson(site)}\0${stableJson(subject)}\0${stableJson(shown)}`, 'base64url');
}
