/**
 * Line normalisation shared by the classifier, the template finder and the overrides file.
 * `strip` takes off what a text-mode browser or a scraper adds around a line (list bullets,
 * `(BUTTON)`, check boxes, input-field underscores) so rules see the words alone. `key` is the
 * CCNet form: lowercase, digits → 0, punctuation and spacing folded, so "Share (12)" and
 * "share (3)" are one line.
 */
const DECORATION = /^(?:[*+•·o@#-]\s+|\(BUTTON\)\s*|\[\s?[xX*]?\s?\]\s*|\(\s?[*x]?\s?\)\s+)+/u;

export function strip(line: string): string {
  let s = line.replace(/\s+/g, ' ').trim();
  if (!s) return s;
  s = s.replace(DECORATION, '').replace(/_{2,}/g, ' ').replace(/\(BUTTON\)/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

export function key(line: string): string {
  return strip(line)
    .toLowerCase()
    .replace(/\p{N}/gu, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
