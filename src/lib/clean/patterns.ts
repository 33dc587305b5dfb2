/**
 * Helpers for combining the rule tables' patterns into fewer, faster regular expressions, and the
 * per-line tests that replace end-anchored regexes. They live in one module with isSpace because
 * under Vite's module runner (Vitest, dev) every call across modules goes through an export getter.
 */

/** The top-level alternatives of a pattern source: `a|(b|c)` → `a`, `(b|c)`. */
export function alternativesOf(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** What `\s` matches, by UTF-16 code unit (WhiteSpace and LineTerminator of ECMAScript). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const TRAILING_MARK_CHARS = new Set(':|»›>→.…-');
/**
 * The line without its trailing marks, s.replace(/[\s:|»›>→.…-]+$/, ''), read from the end: the
 * regex would try every position of a line, and prose lines end in a full stop.
 */
export function withoutTrailingMarks(s: string): string {
  let j = s.length - 1;
  while (j >= 0 && (TRAILING_MARK_CHARS.has(s[j]!) || isSpace(s.charCodeAt(j)))) j--;
  return j === s.length - 1 ? s : s.slice(0, j + 1);
}

const SENTENCE_MARKS = new Set('.!?…。！？');
const CLOSERS = new Set('"\'”’»)]');
/**
 * Whether `s` ends like a sentence: /[.!?…。！？]["'”’»)\]]*$/u, read from the end (the regex
 * would try every position of a long line).
 */
export function endsSentence(s: string): boolean {
  let j = s.length - 1;
  while (j >= 0 && CLOSERS.has(s[j]!)) j--;
  return j >= 0 && SENTENCE_MARKS.has(s[j]!);
}

const ODD_SPACING = /\s\s|[^\S ]/;
/**
 * Spacing other than single spaces. The regular expression itself: measured on the generated
 * corpus and the shared dumps' lines it takes 0.8–2.9 ns a character, a loop over the code units
 * 2.1–5.7 (session 7).
 */
export function oddSpacing(s: string): boolean {
  return ODD_SPACING.test(s);
}
