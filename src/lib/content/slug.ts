/**
 * URL slugs. Latin, Greek, Cyrillic and Arabic titles are transliterated to ASCII
 * (@sindresorhus/slugify); scripts it cannot transliterate (CJK) keep their letters
 * (github-slugger), which browsers and static hosts handle as UTF-8 paths.
 */
import transliterateSlug from '@sindresorhus/slugify';
import { slug as unicodeSlug } from 'github-slugger';

export function slugify(raw: string): string {
  // One spelling per slug: composed and compatibility forms must not give two URLs.
  const text = raw.normalize('NFC');
  const ascii = transliterateSlug(text);
  if (ascii) return ascii;
  return unicodeSlug(text).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
}

/** Scraper output names such as `000_9dbab1d4fedfb8da` say nothing about the article. */
export function isHashedName(baseName: string): boolean {
  return /^(\d+[_-])?[0-9a-f]{8,}$/i.test(baseName);
}

/**
 * The slug of an article: the frontmatter's, else the file name's, else (hashed file
 * names) the title's. Returns undefined when nothing usable remains.
 */
export function chooseSlug(opts: { frontmatterSlug?: string; fileBaseName: string; title: string }): string | undefined {
  if (opts.frontmatterSlug) return opts.frontmatterSlug;
  const fromFile = isHashedName(opts.fileBaseName) ? '' : slugify(opts.fileBaseName);
  return fromFile || slugify(opts.title) || slugify(opts.fileBaseName) || undefined;
}
