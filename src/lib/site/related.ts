/**
 * Related articles for a whole site in one pass, without comparing every pair.
 *
 * Each document keeps only its top-k TF-IDF terms. An inverted index from those terms,
 * and from tags, yields the candidates of a document: only documents sharing a kept term
 * or tag are ever scored. Terms found in one document (they match nothing) and terms
 * found in too many (they say nothing, and make posting lists long) are never kept.
 */

export interface RelatedInput {
  /** Unique id; also the last tie-breaker. */
  slug: string;
  /** YYYY-MM-DD or null; newer wins a tie. */
  date: string | null;
  title: string;
  /** Plain text: description, body… */
  text: string;
  /** Tag keys; callers pass slugs so spellings of one tag match. */
  tags: readonly string[];
}

export interface RelatedOptions {
  /** Most related articles per document. */
  limit?: number;
  /** Terms kept per document. */
  topTerms?: number;
  /** Terms and tags in more than this share of documents are not indexed… */
  maxDocShare?: number;
  /** …unless they are in at most this many (small sites keep their terms); words in over half are never indexed. */
  minDocCap?: number;
  /** Scores at or below this are not related. */
  minScore?: number;
}

export interface RelatedStats {
  documents: number;
  /** Documents scored against another, summed over all documents: the work done, vs n². */
  candidatePairs: number;
  /** Posting-list entries read. */
  postingsRead: number;
}

export interface RelatedResult {
  /** Slug → related slugs, best first. Every input slug is a key. */
  related: Map<string, string[]>;
  stats: RelatedStats;
}

const DEFAULTS: Required<RelatedOptions> = { limit: 5, topTerms: 15, maxDocShare: 0.05, minDocCap: 50, minScore: 0.1 };

function fold(text: string): string {
  // Most text is ASCII, and normalizing is the slow step.
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
}

// Function words of the two site languages: frequent enough to crowd posting lists, never a topic.
const STOPWORDS = new Set(
  fold(
    'the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get got let put say she too use that with have this will your from they been were said what when which their there than then them these some would could about into more other also over only just like most such where while after before between being under very every first last year years week'
    + ' los las del una unos unas por para con sin sobre entre que como más pero sus este esta estos estas ese esa eso han fue ser son era muy también cuando donde desde hasta hay porque según sido está están tiene tras ante durante otro otra otros otras todo todos cada año años',
  ).split(' '),
);

/** Lower-case, accent-free word tokens of 3+ characters; numbers alone are not words. */
export function tokenize(text: string): string[] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOPWORDS.has(w));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Cheap HTML → text for term counting: no parser, the HTML is already sanitized. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Numbers for strings, so per-document data can live in typed arrays. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** `names` take the ids 0, 1, …; a name given twice is an error (ids kept with them would be off). */
  constructor(names: readonly string[] = []) {
    for (const name of names) this.id(name);
    if (this.names.length !== names.length) throw new Error('RelatedCorpus: the vocabulary names a term twice');
  }

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      // A token can be a slice of its document's whole text; keeping a copy lets that text go.
      const own = name.length > 12 ? (' ' + name).slice(1) : name;
      this.ids.set(own, (id = this.names.length));
      this.names.push(own);
    }
    return id;
  }

  /** Each name's place in code-unit order (the tie-break of equal weights), made when first asked. */
  private order: Int32Array | undefined;
  rank(): Int32Array {
    if (this.order?.length !== this.names.length) {
      const byName = Array.from(this.names.keys()).sort((a, b) => byKey(this.names[a]!, this.names[b]!));
      this.order = new Int32Array(this.names.length);
      byName.forEach((id, place) => (this.order![id] = place));
    }
    return this.order;
  }
}

/** A document's distinct keys and their counts: a Map per document is ~10× larger, and there are thousands. */
export interface Bag {
  keys: Uint32Array;
  counts: Uint32Array;
}

function pack(counts: Map<number, number>): Bag {
  return { keys: Uint32Array.from(counts.keys()), counts: Uint32Array.from(counts.values()) };
}

function documentFrequency(bags: readonly Bag[], size: number): Uint32Array {
  const df = new Uint32Array(size);
  for (const bag of bags) for (const key of bag.keys) df[key]!++;
  return df;
}

/**
 * Per document, the `k` heaviest keys that may be indexed (weights TF-IDF; IDF alone for
 * tags). They are divided by the norm of the document's `k` heaviest keys of any kind, so a
 * document whose strongest words are its alone counts as less like the others. Equal weights
 * go in name order (`rank`), so every build keeps the same terms. Each key's IDF is worked out
 * once, not once per document, and a document's best keys are picked one by one, not by sorting
 * all its keys as [key, weight] pairs (that sort was most of this step's time at 10,000 documents).
 */
function vectors(bags: readonly Bag[], df: Uint32Array, rank: Int32Array, n: number, indexable: (df: number) => boolean, k: number): Flat[] {
  const idf = new Float64Array(df.length);
  const mayIndex = new Uint8Array(df.length);
  for (let key = 0; key < df.length; key++) {
    const f = df[key]!;
    if (!f) continue;
    idf[key] = Math.log(n / f);
    mayIndex[key] = f >= 2 && indexable(f) ? 1 : 0;
  }
  let weights = new Float64Array(64);
  // Heavier first, equal weights in name order: a total order, so the best k found one by one are
  // those a full sort would put first (sorting each document's few hundred keys was most of this step).
  let keysOf: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  const before = (i: number, j: number) => weights[i]! > weights[j]! || (weights[i] === weights[j] && rank[keysOf[i]!]! < rank[keysOf[j]!]!);
  const offer = (best: number[], i: number) => {
    if (best.length >= k && !before(i, best[best.length - 1]!)) return;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!)) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  };
  return bags.map(({ keys, counts }) => {
    if (weights.length < keys.length) weights = new Float64Array(keys.length * 2);
    keysOf = keys;
    const top: number[] = [];
    const kept: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (df[key]! >= n) continue;
      weights[i] = (1 + Math.log(counts[i]!)) * idf[key]!;
      offer(top, i);
      if (mayIndex[key]) offer(kept, i);
    }
    const norm = Math.max(Math.hypot(...top.map((i) => weights[i]!)), Math.hypot(...kept.map((i) => weights[i]!)));
    return { keys: Uint32Array.from(kept, (i) => keys[i]!), weights: Float64Array.from(kept, (i) => weights[i]! / norm) };
  });
}

/**
 * Every posting list in three flat arrays: key k's postings are docs/weights[start[k], start[k+1]),
 * in document order. Reading them is the inner loop of scoring; a Map of arrays of objects cost
 * a lookup per key and an object per posting.
 */
interface Postings {
  start: Uint32Array;
  docs: Uint32Array;
  weights: Float64Array;
}

function invert(vecs: readonly Flat[], size: number, keep: (key: number) => boolean = () => true): Postings {
  const start = new Uint32Array(size + 1);
  for (const vec of vecs) for (const key of vec.keys) if (keep(key)) start[key + 1]!++;
  for (let key = 0; key < size; key++) start[key + 1]! += start[key]!;
  const fill = start.slice(0, size);
  const docs = new Uint32Array(start[size]!);
  const weights = new Float64Array(start[size]!);
  vecs.forEach((vec, doc) => {
    for (let k = 0; k < vec.keys.length; k++) {
      const key = vec.keys[k]!;
      if (!keep(key)) continue;
      const at = fill[key]!++;
      docs[at] = doc;
      weights[at] = vec.weights[k]!;
    }
  });
  return { start, docs, weights };
}

/** A sparse vector as parallel arrays, heaviest first: a pair is scored thousands of times per document. */
interface Flat {
  keys: Uint32Array;
  weights: Float64Array;
}

/**
 * Every document's tags in three flat arrays: document d's are keys/weights[start[d], start[d+1]).
 * Scoring reads a candidate's tags a hundred million times at 50,000 documents, in no order:
 * one object and one typed array per document cost a cache miss or two each time.
 */
interface FlatSet {
  start: Uint32Array;
  keys: Uint32Array;
  weights: Float64Array;
}

function flatSet(vecs: readonly Flat[]): FlatSet {
  const start = new Uint32Array(vecs.length + 1);
  vecs.forEach((v, d) => (start[d + 1] = start[d]! + v.keys.length));
  const keys = new Uint32Array(start[vecs.length]!);
  const weights = new Float64Array(start[vecs.length]!);
  vecs.forEach((v, d) => {
    keys.set(v.keys, start[d]);
    weights.set(v.weights, start[d]);
  });
  return { start, keys, weights };
}

/**
 * a · b for document a's and document b's tags, summed over the shorter vector in its own order
 * (always the same additions in the same order, so the same float). `denseA` holds a's weights by
 * key, 0 elsewhere.
 */
function dot(set: FlatSet, a: number, denseA: Float64Array, b: number): number {
  const { start, keys, weights } = set;
  const aFrom = start[a]!;
  const aTo = start[a + 1]!;
  const bFrom = start[b]!;
  const bTo = start[b + 1]!;
  let sum = 0;
  if (aTo - aFrom > bTo - bFrom) {
    for (let k = bFrom; k < bTo; k++) sum += weights[k]! * denseA[keys[k]!]!;
    return sum;
  }
  for (let k = aFrom; k < aTo; k++) {
    const key = keys[k]!;
    let weight = 0;
    for (let m = bFrom; m < bTo; m++) {
      if (keys[m] === key) {
        weight = weights[m]!;
        break;
      }
    }
    sum += weights[k]! * weight;
  }
  return sum;
}

interface Doc {
  slug: string;
  date: string | null;
  terms: Bag;
  tags: Bag;
}

/** Newer first, undated last, then slug: the order of equal scores. */
function byDateThenSlug(a: Doc, b: Doc): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return byKey(a.slug, b.slug);
}

/** What a document adds to the corpus besides its text: everything of RelatedInput but the text and title. */
export type RelatedDocument = Pick<RelatedInput, 'slug' | 'date' | 'tags'>;

/**
 * A document's term counts, in the order the terms first occur: all the corpus keeps of its
 * title and text. The title counts twice: it names the subject. Callers may keep these between
 * builds (RelatedCorpus.addCounts) and skip reading an unchanged text again.
 */
export function termCounts(input: Pick<RelatedInput, 'title' | 'text'>): Map<string, number> {
  const counts = new Map<string, number>();
  const title = tokenize(input.title);
  for (const words of [title, title, tokenize(input.text)]) {
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/**
 * Documents are added one at a time and only their term counts are kept, so a caller can
 * read texts one by one instead of holding them all; `compute` then relates them all.
 * The result depends only on each document's counts, not on the order they are added in.
 */
export class RelatedCorpus {
  private readonly docs: Doc[] = [];
  private readonly terms: Vocabulary;
  private readonly tagNames = new Vocabulary();
  private stamps = new Int32Array(0);
  private bagsChecked = 0;

  /**
   * `terms`: a vocabulary kept from an earlier build (`vocabulary`), so that bags kept with it
   * (`bagOf`) can be added again by id (`addBag`), with no term looked up by name.
   */
  constructor(terms: readonly string[] = []) {
    this.terms = new Vocabulary(terms);
  }

  /** The terms of every bag made so far; a term's id is its place here. */
  get vocabulary(): readonly string[] {
    return this.terms.names;
  }

  add(input: RelatedInput): void {
    this.addCounts(input, termCounts(input));
  }

  /** A document by its term counts (termCounts), e.g. kept from an earlier build. */
  addCounts(doc: RelatedDocument, counts: Iterable<readonly [string, number]>): void {
    this.addBag(doc, this.bagOf(counts));
  }

  /** Term counts as ids of this corpus's vocabulary (new terms join it), for addBag now or in a later build. */
  bagOf(counts: Iterable<readonly [string, number]>): Bag {
    const terms = new Map<number, number>();
    for (const [w, n] of counts) {
      const id = this.terms.id(w);
      terms.set(id, (terms.get(id) ?? 0) + n);
    }
    return pack(terms);
  }

  /** A document by a bag of this corpus's vocabulary: distinct ids below its size, counts of at least 1. */
  addBag(doc: RelatedDocument, terms: Bag): void {
    const { keys, counts } = terms;
    if (keys.length !== counts.length) throw new Error(`RelatedCorpus: the bag of "${doc.slug}" has ${keys.length} terms and ${counts.length} counts`);
    const size = this.terms.names.length;
    // Each id seen in this bag is stamped with the bag's number: a repeat is found without a Set per document.
    if (this.stamps.length < size) this.stamps = new Int32Array(size * 2);
    const stamp = ++this.bagsChecked; // not the document count: a refused bag must not stamp the next one's ids
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key >= size || this.stamps[key] === stamp || counts[i]! < 1) throw new Error(`RelatedCorpus: the bag of "${doc.slug}" does not fit the vocabulary (term id ${key}, count ${counts[i]})`);
      this.stamps[key] = stamp;
    }
    const tags = new Map([...new Set(doc.tags)].map((t) => [this.tagNames.id(t), 1]));
    this.docs.push({ slug: doc.slug, date: doc.date, terms, tags: pack(tags) });
  }

  compute(options: RelatedOptions = {}): RelatedResult {
    const opts = { ...DEFAULTS, ...options };
    // Sorting first makes the result independent of the input order.
    const docs = [...this.docs].sort((a, b) => byKey(a.slug, b.slug));
    const n = docs.length;
    const maxDf = Math.max(opts.minDocCap, Math.floor(opts.maxDocShare * n));

    const termBags = docs.map((d) => d.terms);
    const termDf = documentFrequency(termBags, this.terms.names.length);
    const termVecs = vectors(termBags, termDf, this.terms.rank(), n, (f) => f <= maxDf && f <= n / 2, opts.topTerms);
    const termIndex = invert(termVecs, this.terms.names.length);

    // Every shared tag counts when scoring, but one on very many articles is not indexed: its posting list would be long.
    const tagBags = docs.map((d) => d.tags);
    const tagDf = documentFrequency(tagBags, this.tagNames.names.length);
    const tagVecs = vectors(tagBags, tagDf, this.tagNames.rank(), n, () => true, Infinity);
    const tagIndex = invert(tagVecs, this.tagNames.names.length, (tag) => tagDf[tag]! <= maxDf);

    return score(docs, termIndex, termVecs, tagIndex, tagVecs, opts);
  }
}

function score(
  docs: readonly Doc[],
  termIndex: Postings,
  termVecs: readonly Flat[],
  tagIndex: Postings,
  tags: readonly Flat[],
  opts: Required<RelatedOptions>,
): RelatedResult {
  const n = docs.length;
  const stats: RelatedStats = { documents: n, candidatePairs: 0, postingsRead: 0 };
  const related = new Map<string, string[]>();
  // Dense accumulators, reset through the touched list so each document costs only its candidates.
  const textScore = new Float64Array(n);
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  let tagIds = 0;
  for (const v of tags) for (const key of v.keys) tagIds = Math.max(tagIds, key + 1);
  const denseTags = new Float64Array(tagIds);
  const tagSet = flatSet(tags);
  // Each document's place in the order of equal scores, as a number: ties are many (documents
  // sharing only a tag score alike), and comparing their dates and slugs as strings dominated scoring.
  const tieRank = new Int32Array(n);
  Array.from(docs.keys()).sort((a, b) => byDateThenSlug(docs[a]!, docs[b]!)).forEach((doc, place) => (tieRank[doc] = place));
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && tieRank[a]! < tieRank[b]!);

  docs.forEach((doc, i) => {
    for (const [index, vec, isText] of [[termIndex, termVecs[i]!, true], [tagIndex, tags[i]!, false]] as const) {
      const { start, docs: postingDocs, weights: postingWeights } = index;
      for (let v = 0; v < vec.keys.length; v++) {
        const key = vec.keys[v]!;
        const weight = vec.weights[v]!;
        for (let p = start[key]!, end = start[key + 1]!; p < end; p++) {
          const d = postingDocs[p]!;
          stats.postingsRead++;
          if (d === i) continue;
          if (!seen[d]) {
            seen[d] = 1;
            touched.push(d);
          }
          if (isText) textScore[d]! += weight * postingWeights[p]!;
        }
      }
    }
    stats.candidatePairs += touched.length;

    const best: number[] = [];
    const own = tags[i]!;
    own.keys.forEach((key, k) => (denseTags[key] = own.weights[k]!));
    for (let c = 0; c < touched.length; c++) {
      const j = touched[c]!;
      // Shared words and shared tags count alike; rounded so float noise cannot decide a tie.
      score[j] = Math.round((textScore[j]! + dot(tagSet, i, denseTags, j)) * 1e9) / 1e9;
      // Reset for the next document here, while j's entries are at hand (a second pass cost a second miss each).
      textScore[j] = 0;
      seen[j] = 0;
      if (score[j]! <= opts.minScore) continue;
      // Keep only the best `limit`, in order: candidates may be thousands, the answer is five.
      let at = best.length;
      while (at > 0 && before(j, best[at - 1]!)) at--;
      if (at < opts.limit) best.splice(at, 0, j);
      if (best.length > opts.limit) best.pop();
    }
    related.set(doc.slug, best.map((j) => docs[j]!.slug));
    for (const key of own.keys) denseTags[key] = 0;

    touched.length = 0;
  });

  return { related, stats };
}

/** All at once, for callers that already hold every text. */
export function computeRelated(input: readonly RelatedInput[], options: RelatedOptions = {}): RelatedResult {
  const corpus = new RelatedCorpus();
  for (const doc of input) corpus.add(doc);
  return corpus.compute(options);
}
