/**
 * Reads the header of a scraped page dump: the title line, the title repeated, and CMS
 * label lines (see rules/labels.ts). What follows the header is the body: plain text, which
 * the cleaner (clean/classify.ts) sorts line by line and dumpToMdast turns into paragraphs.
 * Line numbers are kept so problems can point at them.
 */
import type { PhrasingContent, Root as MdastRoot } from 'mdast';
import { labelRules, type LabelField, type LabelRule } from '../rules/labels.ts';

export interface HeaderField {
  value: string;
  /** 1-based line where the value stands. */
  line: number;
}

export interface DumpHeader {
  title: string;
  titleLine: number;
  /** Label values found in the header; an empty label is absent here. */
  fields: Partial<Record<LabelField, HeaderField>>;
  /** Labels that were present but empty, e.g. `Imagen principal:` with nothing after it. */
  emptyLabels: LabelField[];
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyStartLine: number;
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildLabelMatcher(rules: readonly LabelRule[]) {
  // Longest label first, so "Fecha de publicación" wins over "Fecha".
  const sorted = [...rules].sort((a, b) => b.text.length - a.text.length);
  const pattern = new RegExp(`^(${sorted.map((r) => escapeRegExp(r.text)).join('|')})\\s*:\\s*(.*)$`, 'i');
  const fieldOf = new Map(rules.map((r) => [normalize(r.text), r.field]));
  return (line: string): { field: LabelField; value: string } | undefined => {
    const m = pattern.exec(line.trim());
    if (!m) return undefined;
    const field = fieldOf.get(normalize(m[1]!));
    return field ? { field, value: m[2]!.trim() } : undefined;
  };
}

const matchLabel = buildLabelMatcher(labelRules);

/** A value that can stand for an image: a URL or path without spaces, or Markdown image syntax. */
const looksLikeImage = (v: string) => /^!\[[^\]]*\]\([^)\s]+\)$/.test(v) || /^(https?:\/\/|\/|\.{0,2}\/?[\w-]+\/)\S+$/i.test(v) || /^\S+\.(jpe?g|png|gif|webp|avif|svg)$/i.test(v);

/** Title line may carry Markdown heading marks; they are not part of the title. */
const cleanTitle = (line: string) => line.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').trim();

export function parseDumpHeader(text: string): DumpHeader | undefined {
  const lines = text.split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && !lines[i]!.trim()) i++;
  };

  skipBlank();
  if (i >= lines.length) return undefined;
  const titleLine = i + 1;
  const title = cleanTitle(lines[i]!);
  i++;
  skipBlank();
  if (i < lines.length && normalize(cleanTitle(lines[i]!)) === normalize(title)) i++;

  const fields: DumpHeader['fields'] = {};
  const emptyLabels: LabelField[] = [];
  for (;;) {
    skipBlank();
    const label = i < lines.length ? matchLabel(lines[i]!) : undefined;
    if (!label) break;
    let value = label.value;
    let valueLine = i + 1;
    i++;
    // The value may stand on the very next line; a blank line after the label means empty.
    const next = lines[i]?.trim() ?? '';
    if (!value && next && !matchLabel(next) && (label.field !== 'image' || looksLikeImage(next))) {
      value = next;
      valueLine = i + 1;
      i++;
    }
    if (value) fields[label.field] ??= { value, line: valueLine };
    else emptyLabels.push(label.field);
  }

  skipBlank();
  return {
    title,
    titleLine,
    fields,
    emptyLabels,
    body: lines.slice(i).join('\n'),
    bodyStartLine: i + 1,
  };
}

/** A dump with CMS labels is an export of the article ('article'); one without is a whole-page scrape ('page'). */
export function dumpCleanScope(header: DumpHeader): 'page' | 'article' {
  return Object.keys(header.fields).length || header.emptyLabels.length ? 'article' : 'page';
}

/** Splits Markdown image syntax `![alt](url)` into its parts; a bare URL has no alt. */
export function splitImageValue(value: string): { src: string; alt?: string } {
  const m = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(value);
  return m ? { src: m[2]!, alt: m[1] } : { src: value };
}

/** One line of a dump's body as the cleaner left it: its text and its 1-based line in the file. */
export interface DumpLine {
  text: string;
  line: number;
}

/** A bare web address, up to trailing sentence punctuation (which stays text). */
const BARE_URL = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'’”»]/gu;

function inlineNodes(text: string, line: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(BARE_URL)) {
    if (m.index > last) nodes.push({ type: 'text', value: text.slice(last, m.index) });
    nodes.push({ type: 'link', url: m[0], children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes.map((n) => ({ ...n, position: { start: { line, column: 1 }, end: { line, column: 1 } } }));
}

/**
 * A dump body is text, not Markdown: paragraphs are runs of kept lines between blank lines,
 * lines within a paragraph stay lines (soft line breaks), bare URLs become links, and nothing
 * else is read as markup (`*`, `#`, `1.`, `<tag>` stay literal characters).
 */
export function dumpToMdast(lines: readonly DumpLine[]): MdastRoot {
  const children: MdastRoot['children'] = [];
  let current: DumpLine[] = [];
  const flush = () => {
    if (!current.length) return;
    const phrasing: PhrasingContent[] = [];
    current.forEach((l, i) => {
      if (i) phrasing.push({ type: 'text', value: '\n' });
      phrasing.push(...inlineNodes(l.text, l.line));
    });
    const start = current[0]!.line;
    const end = current.at(-1)!.line;
    children.push({ type: 'paragraph', children: mergeText(phrasing), position: { start: { line: start, column: 1 }, end: { line: end, column: 1 } } });
    current = [];
  };
  for (const l of lines) {
    const text = l.text.trim();
    if (text) current.push({ text: text.replace(/[ \t]+/g, ' '), line: l.line });
    else flush();
  }
  flush();
  return { type: 'root', children };
}

/** Neighbouring text nodes as one, as remark-parse would give them. */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const prev = out.at(-1);
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else out.push(n);
  }
  return out;
}
