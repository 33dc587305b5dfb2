/**
 * A source's template by repetition (CCNet's strongest signal): a line that recurs across many
 * dumps of one source — one folder of the content, or one host named by the dumps' "Source:"
 * lines (rules/labels.ts) — is its menu, share bar or footer, not article text. A dump belongs
 * to its folder's group and, when it names one, to its host's; a line is template when it is
 * template in either. Lines are compared by their normalised key (normalize.ts). The result depends
 * only on the set of dumps, never on the order they are added in, and each dump gets the
 * numbers of its own lines that are template: that list is what its cleaning depends on, so
 * the loader puts it in the entry's digest and a change in the template re-cleans exactly the
 * dumps that hold a line that changed. The classifier takes the lines as they are, and keys no
 * line again for the template (the keys are made once, here).
 */
import { sourceLabels } from '../rules/labels.ts';
import { key } from './normalize.ts';

/** A line counts as template when at least this many dumps of its source hold it... */
export const TEMPLATE_MIN_DUMPS = 3;
/** ...and at least this share of them. */
export const TEMPLATE_MIN_SHARE = 0.02;
/** Longer lines are paragraphs; a source repeats its boilerplate in short lines. */
const MAX_LINE = 400;

/** A text's lines by key, as the template finder counts them. */
export interface TextKeys {
  /** The distinct keys of its lines (of at most MAX_LINE characters), in order of first use. */
  keys: string[];
  /** Each line's key as an index into `keys`; -1 for a line with none (no letter or digit) or a longer line. */
  lineKey: Int32Array;
}

export function textKeys(text: string): TextKeys {
  const index = new Map<string, number>();
  const lines = text.split('\n');
  const lineKey = new Int32Array(lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE) continue;
    const k = key(line);
    if (!k) continue;
    let at = index.get(k);
    if (at === undefined) index.set(k, (at = index.size));
    lineKey[i] = at;
  }
  return { keys: [...index.keys()], lineKey };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SOURCE_LINE = new RegExp(`^\\s*(?:${sourceLabels.map(escapeRegExp).join('|')})\\s*:\\s*(https?://\\S+)\\s*$`, 'i');
/** How far from the top a "Source:" line is looked for (title, header labels, a few more). */
const SOURCE_WITHIN_LINES = 20;

/** The host a dump names on a "Source: <URL>" line near its top (lowercase, without "www."), if any. */
export function sourceHost(text: string): string | undefined {
  let seen = 0;
  for (let from = 0; from < text.length && seen < SOURCE_WITHIN_LINES; seen++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    from = end < 0 ? text.length : end + 1;
    const m = SOURCE_LINE.exec(line);
    if (!m) continue;
    try {
      return new URL(m[1]!).hostname.toLowerCase().replace(/^www\./, '') || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The groups a dump's lines are counted in: its folder, and its source host when it names one. */
export function templateGroups(folder: string, host: string | undefined): string[] {
  return host ? [`folder:${folder}`, `host:${host}`] : [`folder:${folder}`];
}

export class TemplateIndex {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly sizes = new Map<string, number>();

  /** Adds one dump of `source` (a folder, or a host) with its distinct line keys. */
  add(source: string, keys: readonly string[]): void {
    let counts = this.counts.get(source);
    if (!counts) this.counts.set(source, (counts = new Map()));
    this.sizes.set(source, (this.sizes.get(source) ?? 0) + 1);
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }

  isTemplate(source: string, k: string): boolean {
    const size = this.sizes.get(source) ?? 0;
    const count = this.counts.get(source)?.get(k) ?? 0;
    return count >= TEMPLATE_MIN_DUMPS && count >= size * TEMPLATE_MIN_SHARE;
  }

  /** Adds one dump to each of its groups (templateGroups). */
  addToGroups(groups: readonly string[], keys: readonly string[]): void {
    for (const g of groups) this.add(g, keys);
  }

  /** The lines of one dump (0-based, ascending) whose key is template in any of its groups. */
  templateLines(groups: readonly string[], text: TextKeys): number[] {
    const template = new Uint8Array(text.keys.length);
    let any = false;
    for (let k = 0; k < template.length; k++) {
      for (const g of groups) if (this.isTemplate(g, text.keys[k]!)) template[k] = 1;
      any ||= template[k] === 1;
    }
    const lines: number[] = [];
    if (!any) return lines;
    const { lineKey } = text;
    for (let i = 0; i < lineKey.length; i++) if (lineKey[i]! >= 0 && template[lineKey[i]!]) lines.push(i);
    return lines;
  }
}
