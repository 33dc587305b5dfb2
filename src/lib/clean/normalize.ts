/**
 * Line normalisation shared by the classifier, the template finder and the overrides file.
 * `strip` takes off what a text-mode browser or a scraper adds around a line (list bullets,
 * `(BUTTON)`, check boxes, input-field underscores) so rules see the words alone. `key` is the
 * CCNet form: lowercase, digits → 0, punctuation and spacing folded, so "Share (12)" and
 * "share (3)" are one line.
 */
import { oddSpacing } from './patterns.ts';

const DECORATION = /^(?:[*+•·o@#-]\s+|\(BUTTON\)\s*|\[\s?[xX*]?\s?\]\s*|\(\s?[*x]?\s?\)\s+)+/u;

export const DECORATION_START = /^[*+•·o@#\-([]/u;

/** Called for every line of every dump: the common case (a plain line) takes no replace at all. */
export function strip(line: string): string {
  let s = line.trim();
  if (!s) return s;
  if (oddSpacing(s)) s = s.replace(/\s+/g, ' ');
  let changed = false;
  if (DECORATION_START.test(s)) [s, changed] = [s.replace(DECORATION, ''), true];
  if (s.includes('__')) [s, changed] = [s.replace(/_{2,}/g, ' '), true];
  if (s.includes('(BUTTON)')) [s, changed] = [s.replace(/\(BUTTON\)/g, ' '), true];
  return changed ? s.replace(/\s+/g, ' ').trim() : s;
}

export function key(line: string): string {
  const lower = strip(line).toLowerCase();
  return foldKey(lower) ?? keyByRegex(lower);
}

/** The definition of `key` (after strip and lowercasing), by regular expressions; foldKey must equal it. */
export function keyByRegex(lower: string): string {
  return lower
    .replace(/\p{N}/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A code unit's part in a key: 1 a separator, 2 a letter or the digit 0 (copied as it is), 3 another number (becomes 0); 0 not yet known. */
const SEPARATOR = 1;
const COPIED = 2;
const NUMBER = 3;
const keyClass = new Uint8Array(0x10000);
function keyClassOf(c: number): number {
  let k = keyClass[c]!;
  if (!k) {
    const ch = String.fromCharCode(c);
    keyClass[c] = k = c === 48 || /\p{L}/u.test(ch) ? COPIED : /\p{N}/u.test(ch) ? NUMBER : SEPARATOR;
  }
  return k;
}
for (let c = 0; c < 128; c++) keyClassOf(c);

/**
 * keyByRegex(lower) in one pass over the code units, without Unicode regular expressions (the
 * template finder and the classifier key most lines of every dump): the runs of letters and
 * numbers, numbers as 0, joined by single spaces. Stretches that stay as they are (words with
 * single spaces between them) are copied as slices. Undefined for a text with surrogates (a
 * pair is one code point to the regexes): the caller takes keyByRegex then.
 */
export function foldKey(lower: string): string | undefined {
  const n = lower.length;
  let out = '';
  /** Start of the stretch being copied, or -1. */
  let from = -1;
  /** A separator stands between what is out and the next letter or number. */
  let gap = false;
  for (let p = 0; p < n; p++) {
    const c = lower.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    const k = keyClass[c] || keyClassOf(c);
    if (k === COPIED) {
      if (from < 0) {
        if (gap && out) out += ' ';
        gap = false;
        from = p;
      }
      continue;
    }
    // A single space between two copied units stays in the stretch.
    if (c === 32 && from >= 0 && p + 1 < n) {
      const d = lower.charCodeAt(p + 1);
      if ((d < 0xd800 || d > 0xdfff) && (keyClass[d] || keyClassOf(d)) === COPIED) continue;
    }
    if (from >= 0) {
      out += lower.slice(from, p);
      from = -1;
    }
    if (k === NUMBER) {
      if (gap && out) out += ' ';
      gap = false;
      out += '0';
    } else gap = true;
  }
  if (from >= 0) out += from === 0 ? lower : lower.slice(from);
  return out;
}

/**
 * Whether a line's key may be one of `keys`, told from the lowercased line without making its key
 * (the classifier asks this of every line of a dump that has a template or overrides). Every word
 * of a key stands as it is in the lowercased line (strip and key only cut and fold around words),
 * so a line whose lowercase holds none of the keys' chosen words (each key's longest word without
 * a 0, which stands for any digit, and without a sigma, whose lowercase depends on its neighbours)
 * has a key outside the set. Never says no to a line whose key is in the set
 * (tests/unit/clean/normalize.test.ts); a key without such a word lets every line through.
 */
export class KeyGate {
  readonly words: readonly string[];
  readonly always: boolean;
  /**
   * The longest key: a line with more letters has a longer key (lowercasing keeps each letter a
   * letter or number, and the key keeps them all, when strip leaves the line as it is).
   * Infinity for an open set (overrides that do not list their keys).
   */
  readonly maxLength: number;
  /** The words as one alternation of plain text (no flags): one scan of the line instead of one per word. */
  private readonly any: RegExp | undefined;

  constructor(keys: Iterable<string>, open = false) {
    const words = new Set<string>();
    let always = open;
    let maxLength = open ? Infinity : 0;
    for (const k of keys) {
      maxLength = Math.max(maxLength, k.length);
      let best = '';
      for (const w of k.split(' ')) if (w.length > best.length && !/[0σς]/.test(w)) best = w;
      if (best) words.add(best);
      else always = true;
    }
    this.words = [...words];
    this.always = always;
    this.maxLength = maxLength;
    this.any = this.words.length ? new RegExp(this.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined;
  }

  /** False only when no line whose lowercase is `lower` has its key in the set. */
  mayHold(lower: string): boolean {
    return this.always || (this.any !== undefined && this.any.test(lower));
  }
}

const gates = new Map<string, KeyGate>();
/** The gate of a list of keys (`open`: any key may be among them too), made once per distinct list (a folder's dumps mostly share their template). */
export function keyGateOf(keys: readonly string[], open = false): KeyGate {
  const id = `${open ? 1 : 0}${keys.join('\n')}`;
  let gate = gates.get(id);
  if (!gate) {
    if (gates.size >= 512) gates.clear();
    gates.set(id, (gate = new KeyGate(keys, open)));
  }
  return gate;
}
