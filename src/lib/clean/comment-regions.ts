/**
 * Comment sections and forms wherever they stand in a text (rules/comment-forms.ts).
 * A marker line opens a region; it runs on through form lines, comment entries and short
 * non-sentence lines (field labels, buttons, CAPTCHA codes, and the sidebars that follow a form
 * in a whole-page scrape), across at most MAX_PROSE_GAP prose lines (comment texts between
 * entries), until article-like prose resumes or the text ends. Evidence, not size, decides:
 * at least two distinct form lines of one row (or a second marker line of the opener's row) make
 * it a form to remove, whatever its length;
 * a marker alone is weak evidence: the text stays and the caller warns.
 */
import { commentFormRules, type CommentFormRule } from '../rules/comment-forms.ts';
import { patternGates } from './gates.ts';
import { alternativesOf } from './patterns.ts';

export interface CommentRegion {
  /** Index of the first line of the region (a "Comments" heading right before the marker, or the marker). */
  start: number;
  /** Index of the last line of the region (inclusive). */
  end: number;
  /** Row whose marker opened the region. */
  markerRule: string;
  /** Row with the most distinct form lines in the region. */
  ruleId: string;
  /** Two or more distinct form lines of one row: the region is removed. */
  strong: boolean;
}

/** Ends like a sentence: comments and article prose do, labels, buttons and CAPTCHA codes don't. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** Prose lines a region may cross between two pieces of evidence (comment texts between entries). */
const MAX_PROSE_GAP = 6;
const MAX_SHORT_LINE = 40;
/** "Comments", "Comentarios (3)": a heading that goes with the form right under it. */
const COMMENTS_HEADING = /^(?:\d+\s+)?(?:comments?|comentarios?|responses?|respuestas|discussion|reader comments)(?:\s*\(\d+\))?\s*:?$/i;

/**
 * One alternation of `res` per flag set: one test instead of one per pattern. Alternatives
 * anchored at the line start are joined under one `^`, so they are tried at position 0 only; the
 * few unanchored ones ("… says:") get their own pattern instead of making the whole one scan.
 */
function alternation(res: readonly RegExp[]): { test(line: string): boolean } {
  if (!res.length) return { test: () => false };
  const groups = new Map<string, string[]>();
  for (const re of res) groups.set(re.flags, [...(groups.get(re.flags) ?? []), ...alternativesOf(re.source)]);
  const parts: RegExp[] = [];
  for (const [flags, alternatives] of groups) {
    const f = flags.replace(/[gy]/g, '');
    const anchored = alternatives.filter((a) => a.startsWith('^'));
    const others = alternatives.filter((a) => !a.startsWith('^'));
    if (anchored.length) parts.push(new RegExp(`^(?:${anchored.map((a) => `(?:${a.slice(1)})`).join('|')})`, f));
    if (others.length) parts.push(new RegExp(others.map((a) => `(?:${a})`).join('|'), f));
  }
  if (parts.length === 1) return parts[0]!;
  return {
    test(line: string) {
      for (let i = 0; i < parts.length; i++) if (parts[i]!.test(line)) return true;
      return false;
    },
  };
}

/** What a line inside a region shows: the rows it is a form line or a marker line of, in the table's order. */
interface Evidence {
  rows: readonly string[];
  /** markers[k]: the line is a marker of rows[k], not one of its form lines. */
  markers: readonly boolean[];
  /** The line lowercased: distinct form lines are counted by it. */
  lower: string;
}
const NO_EVIDENCE: Evidence = { rows: [], markers: [], lower: '' };
/** Lines up to this long have their evidence remembered: form lines, buttons and CAPTCHA prose recur in every dump of a site. */
const MEMO_LINE = 160;
const MEMO_SIZE = 20_000;

/** How much of a line's start the marker gate compares. */
const HEAD = 3;
/**
 * The lowercased starts (up to HEAD characters) a marker line may have, by length, from the
 * markers' gates (gates.ts: exact, and every marker is anchored); undefined when a marker may
 * start with anything. Most lines start with none of them and skip the combined marker test
 * (about a hundred alternatives tried at the line's start).
 */
function markerStartsOf(rules: readonly CommentFormRule[]): Map<number, Set<string>> | undefined {
  const starts = new Map<number, Set<string>>();
  for (const re of rules.flatMap((r) => r.markers)) {
    for (const gate of patternGates(re)) {
      if (!gate.prefixes) return undefined;
      for (const p of gate.prefixes) {
        const head = p.slice(0, HEAD);
        let set = starts.get(head.length);
        if (!set) starts.set(head.length, (set = new Set()));
        set.add(head);
      }
    }
  }
  return starts;
}
/** Whether `line` may be a marker, by its start lowercased (as gates.ts lowercases its texts). */
function mayStartMarker(starts: Map<number, Set<string>>, line: string): boolean {
  const head = line.slice(0, HEAD).toLowerCase();
  for (const [length, set] of starts) if (set.has(length === head.length ? head : head.slice(0, length))) return true;
  return false;
}

interface CompiledRules {
  anyMarker: { test(line: string): boolean };
  markerStarts: Map<number, Set<string>> | undefined;
  /** Every row's markers and form lines: inside a region most lines are none, and skip the rows. */
  anyEvidence: { test(line: string): boolean };
  rows: { rule: CommentFormRule; marker: { test(line: string): boolean }; formLine: { test(line: string): boolean } }[];
  /** Evidence of short lines already read (testing every row of every line was most of the regions' time). */
  memo: Map<string, Evidence>;
}

/** The rows line `line` is evidence of, as the row tests tell it. */
function evidenceOf(c: CompiledRules, line: string): Evidence {
  const known = line.length <= MEMO_LINE ? c.memo.get(line) : undefined;
  if (known) return known;
  let e = NO_EVIDENCE;
  if (c.anyEvidence.test(line)) {
    const rows: string[] = [];
    const markers: boolean[] = [];
    for (const { rule, marker, formLine } of c.rows) {
      if (formLine.test(line)) (rows.push(rule.id), markers.push(false));
      // Further marker lines (CAPTCHA prose after "Add new comment") are form lines too.
      else if (marker.test(line)) (rows.push(rule.id), markers.push(true));
    }
    if (rows.length) e = { rows, markers, lower: line.toLowerCase() };
  }
  if (line.length <= MEMO_LINE) {
    if (c.memo.size >= MEMO_SIZE) c.memo.clear();
    c.memo.set(line, e);
  }
  return e;
}
const compiledTables = new WeakMap<readonly CommentFormRule[], CompiledRules>();
/** A table's patterns joined per row and kind, compiled once per table. */
function compile(rules: readonly CommentFormRule[]): CompiledRules {
  let c = compiledTables.get(rules);
  if (!c) {
    c = {
      anyMarker: alternation(rules.flatMap((r) => r.markers)),
      markerStarts: markerStartsOf(rules),
      anyEvidence: alternation(rules.flatMap((r) => [...r.markers, ...r.formLines])),
      rows: rules.map((rule) => ({ rule, marker: alternation(rule.markers), formLine: alternation(rule.formLines) })),
      memo: new Map(),
    };
    compiledTables.set(rules, c);
  }
  return c;
}

export interface FindRegionsOptions {
  /** True for a line that stood in a bulleted list in the raw text (a menu or post-meta entry). */
  listItem?: (index: number) => boolean;
}

export function isShortNonSentence(line: string): boolean {
  return line.length <= MAX_SHORT_LINE && !SENTENCE_END.test(line);
}

/**
 * Finds comment regions in `lines` (already trimmed, decorations such as bullets and
 * `(BUTTON)` taken off, blank lines left out or kept as empty strings).
 */
export function findCommentRegions(lines: readonly string[], rules: readonly CommentFormRule[] = commentFormRules, options: FindRegionsOptions = {}): CommentRegion[] {
  const compiled = compile(rules);
  const { anyMarker, markerStarts, rows } = compiled;
  // Most lines are no marker: their start, or one combined test, rejects them before the rows are tried one by one.
  const markerRule = (line: string) => (line && (!markerStarts || mayStartMarker(markerStarts, line)) && anyMarker.test(line) ? rows.find((r) => r.marker.test(line))?.rule : undefined);
  const regions: CommentRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    // "* Have your say" or "* 12 comments" in a list is a menu or post-meta link to the section, not its start.
    // (Asked of markers only: most lines are none.)
    let opener = markerRule(lines[i]!);
    if (opener && options.listItem?.(i)) opener = undefined;
    if (!opener) {
      i++;
      continue;
    }
    /** Distinct form lines seen per row: row id → the lines. */
    const hits = new Map<string, Set<string>>();
    const markerHits = new Set<string>();
    let end = i;
    let gap = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line) continue;
      const e = evidenceOf(compiled, line);
      for (let k = 0; k < e.rows.length; k++) {
        const id = e.rows[k]!;
        let set = hits.get(id);
        if (!set) hits.set(id, (set = new Set()));
        set.add(e.lower);
        if (e.markers[k]) markerHits.add(id);
      }
      if (e !== NO_EVIDENCE || isShortNonSentence(line)) {
        end = j;
        gap = 0;
      } else if (++gap > MAX_PROSE_GAP) break;
    }
    let best = opener.id;
    let bestCount = 0;
    for (const [id, set] of hits) if (set.size > bestCount || (set.size === bestCount && id === opener.id)) [best, bestCount] = [id, set.size];
    let start = i;
    let p = i - 1;
    while (p >= 0 && !lines[p]) p--;
    if (p >= 0 && p !== i && COMMENTS_HEADING.test(lines[p]!) && !markerRule(lines[p]!)) start = p;
    // Two more lines of one row, or one more marker line (CAPTCHA prose never stands in an article).
    const strong = bestCount >= 2 || markerHits.has(opener.id);
    regions.push({ start, end, markerRule: opener.id, ruleId: best, strong });
    // A weak region may hide the marker of a real form further on: look again from the next line.
    i = strong ? end + 1 : i + 1;
  }
  const strong = regions.filter((r) => r.strong);
  return regions.filter((r) => r.strong || !strong.some((s) => r.start >= s.start && r.start <= s.end));
}
