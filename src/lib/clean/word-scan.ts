/**
 * One pass over each line for what the classifier reads off its characters: whether strip()
 * would change it, its words (as stopwords.ts `words()` splits them) with the stop-word lists
 * each belongs to, and its lowercase and uppercase letters (for the uppercase share). Splitting
 * words into strings and looking each up per list was half of cleaning's time; here a word is
 * hashed while it is read and looked up in one table of every list's words, with no string made.
 * Every answer equals what the string functions give (tests/unit/clean/word-scan.test.ts).
 */
import { strip } from './normalize.ts';
import { isSpace } from './patterns.ts';
import { bestLang, GUESS_WORDS, langs, owners } from './stopwords.ts';

/** Each word's lists as bits, LANG_WORDS 32-bit words per table slot. */
const LANG_WORDS = Math.ceil(langs.length / 32);
/** FNV-1a over UTF-16 code units. */
const FNV_OFFSET = 0x811c9dc5;
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

/**
 * An open-addressing table of words by hash. Each slot's word length (0: empty) and full hash sit
 * in typed arrays: a probe reads these few bytes, and a word's string only on a hash match
 * (reading every probed string missed the cache).
 */
interface WordTable {
  mask: number;
  keys: (string | undefined)[];
  lengths: Uint8Array;
  hashes: Int32Array;
  /** One bit per hash value (mod 2^17, 16 KB, stays in cache): most words are in no list, and stop at this bit. */
  bloom: Uint32Array;
}
const BLOOM_MASK = (1 << 17) - 1;
function buildTable(words: readonly string[]): WordTable {
  const mask = (1 << Math.ceil(Math.log2(Math.max(words.length, 1) * 2.5))) - 1;
  const t: WordTable = { mask, keys: new Array(mask + 1), lengths: new Uint8Array(mask + 1), hashes: new Int32Array(mask + 1), bloom: new Uint32Array((BLOOM_MASK + 1) >> 5) };
  for (const w of words) {
    if (w.length > 255) continue; // no word of the lists is that long; a longer one could never be read
    let h = FNV_OFFSET;
    for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
    let slot = h & mask;
    while (t.lengths[slot]) slot = (slot + 1) & mask;
    t.keys[slot] = w;
    t.lengths[slot] = w.length;
    t.hashes[slot] = h;
    t.bloom[(h & BLOOM_MASK) >> 5]! |= 1 << (h & 31);
  }
  return t;
}

/** Every list's words, for the language guess: each slot's lists as bits. */
const allTable = buildTable([...owners.keys()]);
const tableMember = new Uint32Array((allTable.mask + 1) * LANG_WORDS);
allTable.keys.forEach((w, slot) => {
  if (w === undefined) return;
  const of = owners.get(w)!;
  for (let k = 0; k < of.length; k++) tableMember[slot * LANG_WORDS + (of[k]! >> 5)]! |= 1 << (of[k]! & 31);
});
/**
 * One language's words alone, built when first asked: once the language is known, a line's words
 * are looked up in a table of a few hundred words that stays in cache, and its bloom bits turn
 * away nearly every other word (the table of every list turns away far fewer, and misses the cache).
 */
const langTables: (WordTable | undefined)[] = new Array(langs.length);
const NO_WORDS = buildTable([]);
function langTable(lang: number): WordTable {
  if (lang < 0) return NO_WORDS;
  return (langTables[lang] ??= buildTable([...owners].filter(([, of]) => of.includes(lang)).map(([w]) => w)));
}

/** ASCII: 1 a lowercase letter, 2 an uppercase one, 3 another word character (digit, _, '), 0 none. */
const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  asciiClass[c] = /[a-z]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 2 : /[0-9_']/.test(ch) ? 3 : 0;
}
/**
 * Beyond ASCII, by code unit, found once each: bit 1 known, 2 a word character of a lowercased
 * line, 4 a letter, 8 an uppercase letter, 16 lowercased alone as in a whole line (one code unit,
 * lowerUnit; not the final-sigma capital, whose lowercase depends on the next letter), 32 that
 * lowercase is a word character, 64 white space (patterns.ts isSpace: read here, it spares a call per
 * unit beyond ASCII, which under Vite's module runner goes through an export getter).
 */
const WORD_CHAR = /^[\p{L}\p{N}_'’]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const unitClass = new Uint8Array(0x10000);
const lowerUnit = new Uint16Array(0x10000);
function classOf(c: number): number {
  let k = unitClass[c]!;
  if (!k) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is no word character and no letter (the regexes take pairs as one code point).
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    k = 1 | (isSpace(c) ? 64 : 0) | (!surrogate && WORD_CHAR.test(ch) ? 2 : 0) | (!surrogate && LETTER.test(ch) ? 4 : 0) | (!surrogate && UPPER.test(ch) ? 8 : 0);
    const lower = ch.toLowerCase();
    if (!surrogate && c !== 0x3a3 && lower.length === 1) {
      const lc = lower.charCodeAt(0);
      lowerUnit[c] = lc;
      k |= 16 | ((lc < 128 ? asciiClass[lc] !== 0 : WORD_CHAR.test(lower)) ? 32 : 0);
    }
    unitClass[c] = k;
  }
  return k;
}
const astralWord = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let k = astralWord.get(cp);
  if (k === undefined) astralWord.set(cp, (k = WORD_CHAR.test(String.fromCodePoint(cp))));
  return k;
}

/**
 * What makes strip() change a line besides a decoration at its start (scanRaw's tests): white space
 * at either end, spacing it folds (two spaces, a tab or line break, any other space), "__" (an
 * input field), "(BUTTON)". The spaces are those of patterns.ts isSpace.
 */
const STRIP_MAY_CHANGE = /^[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]$|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|__|\(BUTTON\)/;
/** strip() leaves a line as it is only when nothing at its start can be a decoration. */
const DECORATION_FIRST = new Set([...'*+•·o@#-(['].map((c) => c.charCodeAt(0)));

/** The slot of text[start, end) in `t` (lowercased as read when `lowercase`), or -1. */
function lookup(t: WordTable, text: string, start: number, end: number, h: number, lowercase: boolean): number {
  if ((t.bloom[(h & BLOOM_MASK) >> 5]! & (1 << (h & 31))) === 0) return -1;
  const len = end - start;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const l = t.lengths[slot]!;
    if (!l) return -1;
    if (l !== len || t.hashes[slot] !== h) continue;
    const k = t.keys[slot]!;
    let j = 0;
    for (; j < len; j++) {
      let c = text.charCodeAt(start + j);
      if (lowercase) {
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 128) c = lowerUnit[c]!; // the scan classified every unit of the word first
      }
      if (k.charCodeAt(j) !== c) break;
    }
    if (j === len) return slot;
  }
}

/** `max + 1` ASCII letters, with nothing beyond ASCII before them, from the line's start; one pattern per `max`. */
const asciiLetterRuns = new Map<number, RegExp>();
function asciiLettersOver(max: number): RegExp {
  let re = asciiLetterRuns.get(max);
  if (!re) asciiLetterRuns.set(max, (re = new RegExp(`^(?:[\\0-@[-\x60{-\x7f]*[A-Za-z]){${max + 1}}`)));
  return re;
}

const UNKNOWN = -1;
/** lineLang of a line read in every list's table. */
const ALL = -2;

/**
 * The lines of one text, each read once by `take` (which also strips it): word counts, the
 * listed words (table slot and position in the line), letter counts.
 */
export class WordScan {
  private counts = new Int32Array(0);
  private lowers = new Int32Array(0);
  private uppers = new Int32Array(0);
  private from = new Int32Array(0);
  private to = new Int32Array(0);
  private slots = new Int32Array(256);
  private positions = new Int32Array(256);
  private used = 0;
  /** Line i's words were looked up in language lineLang[i]'s table alone, or in every list's (ALL). */
  private lineLang = new Int32Array(0);
  private table = allTable;
  private lang = ALL;

  constructor(n: number) {
    this.reset(n);
  }

  /**
   * Starts over for a text of `n` lines, keeping the buffers (the classifier reuses one scan for
   * every text: allocating them per dump showed in its time). Every line must then be taken again.
   */
  reset(n: number): this {
    if (this.counts.length < n) {
      const size = Math.max(n, this.counts.length * 2);
      this.counts = new Int32Array(size);
      this.lowers = new Int32Array(size);
      this.uppers = new Int32Array(size);
      this.from = new Int32Array(size);
      this.to = new Int32Array(size);
      this.lineLang = new Int32Array(size);
    }
    this.used = 0;
    this.table = allTable;
    this.lang = ALL;
    return this;
  }

  /**
   * From the next line on, looks words up in the list of `lang` (an index into `langs`, -1: none)
   * alone: `density` then answers for that language only, and `guess` reads no further lines.
   */
  only(lang: number): this {
    this.lang = lang < 0 ? -1 : lang;
    this.table = langTable(lang);
    return this;
  }

  /** strip(raw), with line `i`'s words and letters read on the way. Lines are taken in order. */
  take(i: number, raw: string): string {
    this.from[i] = this.used;
    let line = raw;
    let count = this.scanRaw(i, raw);
    if (count === CHANGED) {
      // strip() changes the line (bullets, spacing, fields): read what it leaves.
      this.used = this.from[i]!;
      line = strip(raw);
      this.lowers[i] = this.uppers[i] = UNKNOWN;
      count = this.scanAscii(line);
      if (count < 0) {
        this.used = this.from[i]!;
        count = this.scanLowered(line.toLowerCase());
      }
    } else if (count === READ_LOWERED) {
      // A unit that cannot be lowercased alone: the words are those of the lowercased line, as words() reads them.
      this.used = this.from[i]!;
      count = this.scanLowered(raw.toLowerCase());
    }
    this.counts[i] = count;
    this.to[i] = this.used;
    this.lineLang[i] = this.lang;
    return line;
  }

  /**
   * strip(raw) alone, with line `i`'s letters but not its words: for a text whose decisions need
   * no stop-word density (article scope), which then asks neither count nor density of the line.
   * About a third of a full read: no word is hashed or looked up.
   */
  stripOnly(i: number, raw: string): string {
    this.from[i] = this.to[i] = this.used;
    this.counts[i] = NOT_READ;
    this.lineLang[i] = NOT_READ;
    // A regular expression, not a loop over the units: V8's compiled matcher reads a line about
    // four times faster than JavaScript can, and most lines have nothing strip() would change.
    if (raw && (STRIP_MAY_CHANGE.test(raw) || DECORATION_FIRST.has(raw.charCodeAt(0)))) {
      this.lowers[i] = this.uppers[i] = UNKNOWN;
      return strip(raw);
    }
    this.lowers[i] = this.uppers[i] = NOT_READ; // counted when asked (lettersAtMost)
    return raw;
  }

  /** words(line).length */
  count(i: number): number {
    if (this.counts[i]! < 0) throw new Error(`WordScan: line ${i} was stripped only, its words were not read`);
    return this.counts[i]!;
  }

  /** Lowercase and uppercase letters of line `i` (as classify's letterShape counts them), or undefined when not read. */
  letters(i: number): { lower: number; upper: number } | undefined {
    return this.lowers[i]! < 0 ? undefined : { lower: this.lowers[i]!, upper: this.uppers[i]! };
  }

  /** Letters of line `i` (lowercase and uppercase), or -1 when not read (a line strip changes or stripOnly took). */
  letterCount(i: number): number {
    return this.lowers[i]! < 0 ? -1 : this.lowers[i]! + this.uppers[i]!;
  }

  /**
   * Whether line `i` (`line`, as taken) may have at most `max` letters: false only when it has
   * more. Letters of a line stripOnly took are counted now, and only up to `max + 1`.
   */
  lettersAtMost(i: number, line: string, max: number): boolean {
    if (this.lowers[i] !== NOT_READ) return this.letterCount(i) <= max;
    if (line.length <= max) return true;
    // More than `max` ASCII letters before any other character: a regular expression tells it
    // about three times faster than the loop below, which answers every other line.
    if (max < 1000 && asciiLettersOver(max).test(line)) return false;
    let letters = 0;
    for (let p = 0; p < line.length; p++) {
      const c = line.charCodeAt(p);
      if (c < 128 ? asciiClass[c]! === 1 || asciiClass[c]! === 2 : ((unitClass[c] || classOf(c)) & 4) !== 0) {
        if (++letters > max) return false;
      }
    }
    return true;
  }

  /** stopwordDensity(words(line), stopwordsFor(lang)), `lang` an index into stopwords.ts `langs` (-1: none). */
  density(i: number, lang: number): number {
    const n = this.counts[i]!;
    if (lang < 0 || !n) return 0;
    const only = this.lineLang[i]!;
    if (only === NOT_READ) throw new Error(`WordScan: line ${i} was stripped only, its words were not read`);
    if (only !== ALL) {
      // Every word recorded is one of that language's list.
      if (only !== lang) throw new Error(`WordScan: line ${i} was read for language ${only}, not ${lang}`);
      return (this.to[i]! - this.from[i]!) / n;
    }
    const word = lang >> 5;
    const bit = 1 << (lang & 31);
    let hits = 0;
    for (let k = this.from[i]!, end = this.to[i]!; k < end; k++) if (tableMember[this.slots[k]! * LANG_WORDS + word]! & bit) hits++;
    return hits / n;
  }

  /** guessStopwordLang over the first GUESS_WORDS words of `lines` (indices of lines taken in every list), in that order. */
  guess(lines: readonly number[], fallback?: string): string | undefined {
    const counts = new Int32Array(langs.length);
    let seen = 0;
    for (let j = 0; j < lines.length && seen < GUESS_WORDS; j++) {
      const i = lines[j]!;
      if (this.lineLang[i] !== ALL) throw new Error(`WordScan: the guess needs line ${i} read in every list`);
      const room = GUESS_WORDS - seen;
      for (let k = this.from[i]!, end = this.to[i]!; k < end && this.positions[k]! < room; k++) {
        // The word's lists from its bits, a few bytes in one place (its list of owners was two
        // more objects to fetch per word, and missed the cache).
        const at = this.slots[k]! * LANG_WORDS;
        for (let w = 0; w < LANG_WORDS; w++) {
          for (let bits = tableMember[at + w]!; bits; bits &= bits - 1) counts[w * 32 + 31 - Math.clz32(bits & -bits)]!++;
        }
      }
      seen += Math.min(this.counts[i]!, room);
    }
    return bestLang(counts, seen, fallback);
  }

  private add(slot: number, position: number): void {
    if (this.used === this.slots.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.slots = grow(this.slots);
      this.positions = grow(this.positions);
    }
    this.slots[this.used] = slot;
    this.positions[this.used++] = position;
  }

  /**
   * Reads a raw line: CHANGED when strip() would change it, else its word count and its letters.
   * Words are read as in the lowercased line, each unit lowercased alone (accented letters
   * included); READ_LOWERED when a unit cannot be (surrogate pairs, final sigma, İ): the words are
   * then read again from the lowercased line.
   */
  private scanRaw(i: number, line: string): number {
    const n = line.length;
    if (!n) {
      this.lowers[i] = this.uppers[i] = 0;
      return 0;
    }
    const first = line.charCodeAt(0);
    if (isSpace(first) || isSpace(line.charCodeAt(n - 1)) || DECORATION_FIRST.has(first) || line.includes('(BUTTON)')) return CHANGED;
    let count = 0;
    let start = -1;
    let h = FNV_OFFSET;
    /** False from the first unit this pass cannot lowercase alone (surrogates, final sigma, İ): the line is then read again lowercased. */
    let simple = true;
    let previous = 0;
    let lower = 0;
    let upper = 0;
    for (let p = 0; p < n; p++) {
      const c = line.charCodeAt(p);
      if (c < 128) {
        const k = asciiClass[c]!;
        if (k) {
          if (k === 1) lower++;
          else if (k === 2) upper++;
          else if (c === 95 && previous === 95) return CHANGED; // "__": an input field
          previous = c;
          if (start < 0) {
            start = p;
            h = FNV_OFFSET;
          }
          h = step(h, k === 2 ? c + 32 : c);
          continue;
        }
        // Two spaces, or a tab or line break: strip() folds the spacing.
        if ((c === 32 && previous === 32) || (c >= 9 && c <= 13)) return CHANGED;
        previous = c;
      } else {
        const k = unitClass[c] || classOf(c);
        if (k & 64) return CHANGED;
        previous = c;
        if (k & 4) {
          if (k & 8) upper++;
          else lower++;
        }
        if (!(k & 16)) simple = false;
        else if (k & 32) {
          // Accented letters and the like: a word character once lowercased, hashed lowercased.
          if (start < 0) {
            start = p;
            h = FNV_OFFSET;
          }
          h = step(h, lowerUnit[c]!);
          continue;
        }
      }
      if (start >= 0) {
        if (simple) {
          const slot = lookup(this.table, line, start, p, h, true);
          if (slot >= 0) this.add(slot, count);
        }
        count++;
        start = -1;
      }
    }
    if (start >= 0 && simple) {
      const slot = lookup(this.table, line, start, n, h, true);
      if (slot >= 0) this.add(slot, count);
    }
    this.lowers[i] = lower;
    this.uppers[i] = upper;
    return simple ? count + (start >= 0 ? 1 : 0) : READ_LOWERED;
  }

  /** The words of an ASCII line (capitals lowercased as read); -1 at the first character beyond ASCII. */
  private scanAscii(line: string): number {
    let count = 0;
    let start = -1;
    let h = FNV_OFFSET;
    const n = line.length;
    for (let p = 0; p <= n; p++) {
      const c = p < n ? line.charCodeAt(p) : 32;
      if (c > 127) return -1;
      const k = asciiClass[c]!;
      if (k) {
        if (start < 0) {
          start = p;
          h = FNV_OFFSET;
        }
        h = step(h, k === 2 ? c + 32 : c);
      } else if (start >= 0) {
        const slot = lookup(this.table, line, start, p, h, true);
        if (slot >= 0) this.add(slot, count);
        count++;
        start = -1;
      }
    }
    return count;
  }

  /** The words of a lowercased line of any script: WORD's runs, a surrogate pair taken as one code point. */
  private scanLowered(line: string): number {
    let count = 0;
    let start = -1;
    let h = FNV_OFFSET;
    const n = line.length;
    for (let p = 0; p <= n; p++) {
      const c = p < n ? line.charCodeAt(p) : 32;
      let units = 1;
      let isWord: boolean;
      if (c < 128) isWord = asciiClass[c] !== 0 && asciiClass[c] !== 2;
      else if (c >= 0xd800 && c <= 0xdbff && p + 1 < n && (line.charCodeAt(p + 1) & 0xfc00) === 0xdc00) {
        units = 2;
        isWord = isWordCodePoint(line.codePointAt(p)!);
      } else isWord = (classOf(c) & 2) !== 0;
      if (isWord) {
        if (start < 0) {
          start = p;
          h = FNV_OFFSET;
        }
        h = step(h, c);
        if (units === 2) h = step(h, line.charCodeAt(++p));
      } else {
        if (start >= 0) {
          const slot = lookup(this.table, line, start, p, h, false);
          if (slot >= 0) this.add(slot, count);
          count++;
          start = -1;
        }
        p += units - 1;
      }
    }
    return count;
  }
}

const CHANGED = -1;
const READ_LOWERED = -2;
/** counts and lineLang of a line stripOnly read. */
const NOT_READ = -3;
