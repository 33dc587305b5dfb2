/**
 * A table of contents for long articles, read from the sanitized body: its h2 headings (the
 * pipeline demotes the body's own headings below the page's h1) get ids where they have
 * none, and the list links to them.
 */
import GithubSlugger from 'github-slugger';

export interface TocEntry {
  id: string;
  /** Heading text, entities decoded. */
  text: string;
}

/** Fewer headings than this and the article is short enough to read without a contents list. */
export const TOC_MIN_HEADINGS = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The body with an id on every h2, and the entries; `entries` is empty below TOC_MIN_HEADINGS. */
export function tableOfContents(html: string, prefix = 'section-'): { html: string; entries: TocEntry[] } {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  const out = html.replace(/<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g, (whole, attrs: string | undefined, inner: string) => {
    const text = decode(inner.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    // The footnotes' own heading (visually hidden) is not a section of the story.
    if (!text || /footnote|sr-only/.test(attrs ?? '')) return whole;
    const existing = attrs?.match(/\sid="([^"]*)"/)?.[1];
    const id = existing ?? prefix + (slugger.slug(text) || String(entries.length + 1));
    entries.push({ id, text });
    return existing ? whole : `<h2 id="${id}"${attrs ?? ''}>${inner}</h2>`;
  });
  return entries.length >= TOC_MIN_HEADINGS ? { html: out, entries } : { html, entries: [] };
}
