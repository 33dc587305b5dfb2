/**
 * Line normalisation shared by the classifier, the template finder and the overrides file.
 * `strip` takes off what a text-mode browser or a scraper adds around a line (list bullets,
 * `(BUTTON)`, check boxes, input-field underscores) so rules see the words alone. `key` is the
 * CCNet form: lowercase, digits → 0, punctuation and spacing folded, so "Share (12)" and
 * "share (3)" are one line.
 */
import { oddSpacing } from './patterns.ts';

const DECORATION = /^(?:[*+•·o@#-]\s+|\(BUTTON\)\s*|\[\s?[xX*]?\s?\]\s*|\(\s?[*x]?\s?\)\s+)+/u;

const DECORATION_START = /^[*+•·o@#\-([]/u;

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
  return strip(line)
    .toLowerCase()
    .replace(/\p{N}/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
