/**
 * Reads the header of a scraped page dump: the title line, the title repeated, and CMS
 * label lines (see rules/labels.ts). What follows the header is the body, left as text
 * for the Markdown pipeline. Line numbers are kept so problems can point at them.
 */
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

/** Splits Markdown image syntax `![alt](url)` into its parts; a bare URL has no alt. */
export function splitImageValue(value: string): { src: string; alt?: string } {
  const m = /^!\[([^\]]*)\]\(([^)\s]+)\)$/.exec(value);
  return m ? { src: m[2]!, alt: m[1] } : { src: value };
}
