/**
 * The text boilerplate classifier: plain-text blocks in, a kept/removed decision out for each,
 * with the rule that decided and why. Used by the build on scraped dumps (content/article.ts)
 * and by the importer on the text blocks Readability kept (src/lib/import).
 *
 * API (stable):
 *   classifyBlocks(blocks: readonly string[], context?: ClassifyContext): Classification
 *     blocks   — one entry per line or paragraph, in reading order; "" for a blank line
 *                (blank lines are kept, never counted).
 *     context  — lang (BCP 47, else guessed from stop words), title (a block equal to it is a
 *                repeated headline), scope ('page': a whole-page scrape, where only the densest
 *                run of prose is the article and features remove; 'article': text already
 *                extracted or a CMS export, where only the rules remove), template (the blocks that are the
 *                site's template lines, see template.ts), overrides (the user's keep/remove lines, see overrides.ts).
 *     result   — decisions[i] = { keep, rule, reason, label } for blocks[i]; lang used;
 *                counts (comment forms, comment/template/boilerplate lines removed); warnings
 *                (weak comment markers, the guard) each naming the block, the rule and what to do.
 *   Rule ids: comment-form:<row>, template, boilerplate:<row> (rules/boilerplate.ts),
 *   widget (bullets, buttons, image names with no words), title-repeat, text:<feature>
 *   (features below), outside-main, override:keep / override:remove; kept blocks carry
 *   keep:<label> or the override.
 *
 * Steps, in the spirit of jusText and boilerpipe: (1) comment regions (comment-regions.ts);
 * (2) overrides, template, phrase tables; (3) features per block — length, stop-word density,
 * sentence punctuation, URL share, uppercase share — give good / near-good / short / bad;
 * (4) short and near-good blocks take the class of their neighbours, a heading-like short block
 * before good text stays; (5) in page scope, the densest run of prose (maximum-sum run of
 * good minus bad text, starting after a repeated headline) is the article and the rest goes;
 * (6) the guard: a text that would lose most of its prose, or all of it, keeps it and warns.
 * In article scope no decision needs the features, so steps (3)–(4) wait until a kept line's rule,
 * label or reason is read, or the guard weighs removed template prose; the lines are only stripped.
 */
import { boilerplateRules, type BoilerplateRule } from '../rules/boilerplate.ts';
import { commentFormRules } from '../rules/comment-forms.ts';
import { findCommentRegions } from './comment-regions.ts';
import { TextGate } from './gates.ts';
import { alternativesOf, endsSentence, withoutTrailingMarks } from './patterns.ts';
import { DECORATION_START, key, keyGateOf } from './normalize.ts';
import type { CleanOverrides } from './overrides.ts';
import { GUESS_LINE_CHARS, GUESS_WORDS, isGuessProse, langIndex } from './stopwords.ts';
import { WordScan } from './word-scan.ts';

export type BlockLabel = 'good' | 'near-good' | 'short' | 'bad';

export interface BlockDecision {
  keep: boolean;
  rule: string;
  reason: string;
  label: BlockLabel;
}

export interface ClassifyContext {
  lang?: string;
  title?: string;
  scope?: 'page' | 'article';
  /** Indices of the blocks that are the site's template (template.ts finds them by their keys across a source's dumps). */
  template?: ReadonlySet<number>;
  overrides?: CleanOverrides;
}

export interface CleanWarning {
  /** Index into the blocks. */
  block: number;
  rule: string;
  message: string;
}

export interface CleanCounts {
  commentForms: number;
  commentLines: number;
  templateLines: number;
  boilerplateLines: number;
}

export interface Classification {
  lang?: string;
  decisions: BlockDecision[];
  counts: CleanCounts;
  warnings: CleanWarning[];
}

/** jusText's defaults, with densities for the `stopword` package's shorter lists (tuned on half A). */
export const THRESHOLDS = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.2,
  stopwordsHigh: 0.26,
  /** A heading-like short block counts as good when good text starts within this many characters. */
  headingDistance: 200,
  /** How many non-blank lines away the neighbours of a short or near-good block are looked for. */
  neighbourLines: 4,
  /**
   * In the densest run, a boilerplate character costs this much against a prose character (chosen
   * on half A of the benchmark: 0.5 → 0.85 took half A 0.881 → 0.883 and held-out half B
   * 0.847 → 0.851; a long sidebar or teaser list now ends the run instead of being bridged).
   */
  badWeight: 0.85,
};

const HAS_WORD = /[\p{L}\p{N}]/u;
/** HAS_WORD.test, answered without Unicode matching when the line starts with an ASCII letter or digit (most do). */
function hasWord(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || HAS_WORD.test(s);
}
/** A bulleted line of a text-mode browser's list (lynx: "*", "+", "o" by depth). */
const LIST_ITEM = /^\s*[*+•·o-]\s/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const IMAGE_NAME = /^\[?[^\s\]]*\.(?:jpe?g|png|gif|svg|webp|avif)\]?$|^\[[^\]]*\]$/iu;

/**
 * A row with its patterns joined, and the gates derived from them (gates.ts): a line whose
 * lowercase a gate turns away cannot match the patterns, which are then not run.
 */
type Row = { rule: BoilerplateRule; lines: RegExp[]; contains: RegExp[]; linesGate: TextGate; containsGate: TextGate };
interface RowTable {
  rows: Row[];
  /** Every row's patterns in one alternation per kind (and flag set): most lines match none, and go after two tests. */
  anyLine: RegExp[];
  /**
   * The `contains` patterns combined by line length: tier j holds the rows whose maxChars is at
   * least `upTo`, for lines up to `upTo` (longer than the tier before), so a line is only tested
   * against rows that may look at it. Ascending; lines longer than the last tier test none.
   */
  containsTiers: { upTo: number; res: RegExp[] }[];
  /** The cookie rows' line patterns combined: the only ones that look at lines over MAX_PHRASE_LINE. */
  anyCookieLine: RegExp[];
}
/**
 * `(?:a)|(?:b)|…` of `res` (used with `test` only), with the `u` flag only where a pattern needs
 * it: case-insensitive Unicode matching is several times slower. Alternatives that start with
 * `\b` share one: `\b(?:a|b)` tries the words only at word boundaries, not at every character
 * (about 1.6 times faster on a prose line; the same matches).
 */
function joinPatterns(res: readonly RegExp[]): RegExp[] {
  const needsU = (re: RegExp) => /\\p\{|\\u\{/.test(re.source);
  /** The flags a pattern is joined under: `u` only where it needs it, `i` where it has it (a name pattern reads capitals). */
  const flagsOf = (re: RegExp) => (re.flags.includes('i') ? 'i' : '') + (needsU(re) ? 'u' : '');
  const groups = new Map<string, RegExp[]>();
  for (const re of res) groups.set(flagsOf(re), [...(groups.get(flagsOf(re)) ?? []), re]);
  return [...groups.values()].flatMap((group) => {
    const alternatives = group.flatMap((re) => {
      if (/\\[1-9]|\\k</.test(re.source)) throw new Error(`rules/boilerplate.ts: pattern /${re.source}/ uses a back-reference, which cannot be combined with other patterns; rewrite it without one`);
      return alternativesOf(re.source);
    });
    // Three kinds, each its own pattern: alternatives at a word boundary share one `\b`; those
    // anchored at the line's start share one `^` (tried at the start only); the rest (`©`,
    // `\(c\) 2024`) are tried at every position, which in one alternation with the others made
    // every position try all of them (a third less time on prose lines, session 7).
    const atBoundary = alternatives.filter((a) => a.startsWith('\\b'));
    const anchored = alternatives.filter((a) => a.startsWith('^'));
    const others = alternatives.filter((a) => !a.startsWith('\\b') && !a.startsWith('^')).map((a) => `(?:${a})`);
    const flags = flagsOf(group[0]!);
    const out: RegExp[] = [];
    if (atBoundary.length) out.push(new RegExp(`\\b(?:${atBoundary.map((a) => `(?:${a.slice(2)})`).join('|')})`, flags));
    if (anchored.length) out.push(new RegExp(`^(?:${anchored.map((a) => `(?:${a.slice(1)})`).join('|')})`, flags));
    if (others.length) out.push(new RegExp(others.join('|'), flags));
    return out;
  });
}
const rowsByLang = new Map<string, RowTable>();
export function rowsFor(lang: string | undefined): RowTable {
  const k = lang ?? '';
  let table = rowsByLang.get(k);
  if (!table) {
    const wanted = (r: BoilerplateRule) => r.lang === '*' || r.lang === lang || (!lang && (r.lang === 'en' || r.lang === 'es'));
    // One alternation per row and kind of test: one pass over a line instead of one per pattern.
    const rows = boilerplateRules.filter(wanted).map((rule) => {
      const lines = joinPatterns(rule.lines);
      const contains = joinPatterns(rule.contains ?? []);
      return { rule, lines, contains, linesGate: new TextGate(lines), containsGate: new TextGate(contains) };
    });
    const anyLine = joinPatterns(rows.flatMap((r) => r.rule.lines));
    const anyCookieLine = joinPatterns(rows.filter((r) => r.rule.kind === 'cookie').flatMap((r) => r.rule.lines));
    table = {
      rows,
      anyLine,
      containsTiers: [...new Set(rows.filter((r) => r.contains.length).map((r) => r.rule.maxChars ?? 200))]
        .sort((a, b) => a - b)
        .map((upTo) => ({ upTo, res: joinPatterns(rows.filter((r) => (r.rule.maxChars ?? 200) >= upTo).flatMap((r) => r.rule.contains ?? [])) })),
      anyCookieLine,
    };
    rowsByLang.set(k, table);
  }
  return table;
}

/** Longer lines are prose; only cookie notices come that long, so only their rows look at them. */
const MAX_PHRASE_LINE = 400;

/** res.some((re) => re.test(s)), as a plain loop: it runs several times for every line. */
function anyMatch(res: readonly RegExp[], s: string): boolean {
  for (let i = 0; i < res.length; i++) if (res[i]!.test(s)) return true;
  return false;
}

/**
 * The row that removes line `s` (`lower` its lowercase, when made), if any. Each row's gates
 * (gates.ts) spare its patterns on the lines that get past the combined tests. The combined tests
 * themselves have no gate: measured on the generated corpus, lowercasing a line's start and testing
 * the whole-line gate took longer (3.3 µs a dump) than the anchored combined pattern it would spare
 * (1.2 µs), and a plain-text alternation of the `contains` texts over the whole line longer (24 µs)
 * than the tiers' own \b-anchored patterns (17 µs): V8 already tries those at the start, or at word
 * boundaries, only.
 */
function phraseRule(s: string, lower: string | undefined, table: RowTable): BoilerplateRule | undefined {
  const chars = s.length;
  const bare = withoutTrailingMarks(s);
  if (chars > MAX_PHRASE_LINE) {
    // Only the cookie rows' line patterns look at a line this long (every `contains` row stops at 400).
    if (!anyMatch(table.anyCookieLine, bare)) return undefined;
    lower ??= s.toLowerCase();
    for (const row of table.rows) if (row.rule.kind === 'cookie' && row.linesGate.test(s, lower) && anyMatch(row.lines, bare)) return row.rule;
    return undefined;
  }
  // The combined tests say whether any row matches (about 2.5 times cheaper than asking every
  // row, as most lines match none); the rows, in order, each behind its own gates, then say which one.
  if (!anyMatch(table.anyLine, bare)) {
    const tier = table.containsTiers.find((t) => chars <= t.upTo);
    if (!tier || !anyMatch(tier.res, s)) return undefined;
  }
  lower ??= s.toLowerCase();
  for (const row of table.rows) {
    if (row.linesGate.test(s, lower) && anyMatch(row.lines, bare)) return row.rule;
    if (chars <= (row.rule.maxChars ?? 200) && row.containsGate.test(s, lower) && anyMatch(row.contains, s)) return row.rule;
  }
  return undefined;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/**
 * Whether `s` has letters, and whether most of them are capitals (at least 12 letters, over 60 %
 * uppercase: upper > 1.5 × lower). One pass with a fast path for ASCII, left as soon as the
 * remaining characters could no longer make the line mostly uppercase.
 */
function letterShape(s: string): { hasLetters: boolean; mostlyUpper: boolean } {
  let lower = 0;
  let upper = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = s[i]!;
      if (LETTER.test(ch)) {
        if (UPPER.test(ch)) upper++;
        else lower++;
      }
    }
    // Even if every character left were a capital, the line would not be mostly uppercase.
    if (lower && (i & 15) === 15 && upper + (n - i - 1) < lower * 1.5) return { hasLetters: true, mostlyUpper: false };
  }
  return shapeOf(lower, upper);
}
function shapeOf(lower: number, upper: number): { hasLetters: boolean; mostlyUpper: boolean } {
  const letters = lower + upper;
  return { hasLetters: letters > 0, mostlyUpper: letters >= 12 && upper > letters * 0.6 };
}

interface Features {
  label: BlockLabel;
  /** What decided the label; rendered to text only when a decision's reason is read (featureReason). */
  why: Why;
  /** The stop-word density, where `why` names it. */
  density: number;
  chars: number;
  headingLike: boolean;
}
type Why = 'no letters' | 'address' | 'uppercase' | 'short' | 'prose' | 'no sentence end' | 'dense prose' | 'stop words' | 'few stop words';

/** The reason text of a features label (formatting the density for every line showed in cleaning's time). */
function featureReason(f: Features): string {
  switch (f.why) {
    case 'address':
      return 'mostly a web address';
    case 'uppercase':
      return 'mostly uppercase';
    case 'short':
      return `short (${f.chars} characters)`;
    case 'no sentence end':
      return 'long, no sentence end';
    case 'dense prose':
      return `prose (stop words ${f.density.toFixed(2)})`;
    case 'stop words':
      return `stop words ${f.density.toFixed(2)}`;
    case 'few stop words':
      return `few stop words (${f.density.toFixed(2)})`;
    default:
      return f.why;
  }
}

/** A decision the features made: its reason is text only when read (clean:explain, the importer's analysis); most never are. */
class FeatureDecision implements BlockDecision {
  constructor(
    readonly keep: boolean,
    readonly rule: string,
    readonly label: BlockLabel,
    private readonly features: Features,
    private readonly suffix: string,
  ) {}
  get reason(): string {
    return featureReason(this.features) + this.suffix;
  }
}

/** A line kept in article scope: its rule and label name the features, which are read only when asked (lazyLabels). */
class LazyKeep implements BlockDecision {
  readonly keep = true;
  constructor(
    private readonly at: number,
    private readonly feats: readonly (Features | undefined)[],
    private readonly labels: readonly (BlockLabel | undefined)[],
    private readonly ready: () => void,
  ) {}
  private features(): Features {
    this.ready();
    return this.feats[this.at]!;
  }
  get rule(): string {
    return KEEP_RULE[this.features().label];
  }
  get label(): BlockLabel {
    this.ready();
    return this.labels[this.at]!;
  }
  get reason(): string {
    return featureReason(this.features());
  }
}

/** `words` holds line `line`'s words (stopwords.ts); `lang` is the language's index there, -1 without a stop-word list. */
function features(s: string, words: WordScan, line: number, lang: number): Features {
  const wordCount = words.count(line);
  const chars = s.length;
  const urlChars = s.includes('http') || s.includes('www.') ? (s.match(URL) ?? []).reduce((n, u) => n + u.length, 0) : 0;
  const counted = words.letters(line);
  const { hasLetters, mostlyUpper } = counted ? shapeOf(counted.lower, counted.upper) : letterShape(s);
  const sentenceEnd = endsSentence(s);
  const headingLike = chars < 120 && wordCount <= 16 && !sentenceEnd && /^\P{Ll}/u.test(s);
  const f = (label: BlockLabel, why: Why, density = 0): Features => ({ label, why, density, chars, headingLike });
  if (!hasLetters) return f('bad', 'no letters');
  if (urlChars * 2 > chars) return f('bad', 'address');
  if (mostlyUpper) return f('bad', 'uppercase');
  if (chars < THRESHOLDS.lengthLow) return f('short', 'short');
  const density = words.density(line, lang);
  if (lang < 0) {
    // No stop-word list for this language (or script without spaces): sentence punctuation decides.
    return sentenceEnd || chars >= THRESHOLDS.lengthHigh ? f('good', 'prose') : f('near-good', 'no sentence end');
  }
  // jusText asks for 200 characters; a sentence-ended wire-style paragraph of 70 is prose too.
  if (density >= THRESHOLDS.stopwordsHigh && (chars >= THRESHOLDS.lengthHigh || sentenceEnd)) return f('good', 'dense prose', density);
  if (density >= THRESHOLDS.stopwordsLow) return f('near-good', 'stop words', density);
  return f('bad', 'few stop words', density);
}

const findRowOf = (line: string) => commentFormRules.find((r) => r.markers.some((re) => re.test(line)))?.id ?? 'unknown';

/** The rule ids of kept and removed feature labels, made once rather than for every line. */
const KEEP_RULE: Record<BlockLabel, string> = { good: 'keep:good', 'near-good': 'keep:near-good', short: 'keep:short', bad: 'keep:bad' };
const TEXT_RULE: Record<BlockLabel, string> = { good: 'text:good', 'near-good': 'text:near-good', short: 'text:short', bad: 'text:bad' };

const definite = (rule: string) => rule.startsWith('comment-form:') || rule === 'widget' || rule.startsWith('override:');

/**
 * The language of `blocks` as guessStopwordLang(guessSample(stripped lines)) tells it, taking (in
 * every list) only the lines the sample reads; each line taken is stripped into `stripped`.
 */
function guessFromLines(scan: WordScan, blocks: readonly string[], stripped: string[]): string | undefined {
  const n = blocks.length;
  const order: number[] = [];
  const prose = new Set<string>();
  let words = 0;
  for (let i = 0; i < n && words < GUESS_WORDS; i++) {
    if (blocks[i]!.length < GUESS_LINE_CHARS) continue; // strip never makes a line longer
    const s = (stripped[i] = scan.take(i, blocks[i]!));
    if (!isGuessProse(s) || prose.has(s)) continue;
    prose.add(s);
    order.push(i);
    words += scan.count(i);
  }
  if (words < GUESS_WORDS) {
    // Too little prose: the other lines follow, in order (every long line has been taken above).
    for (let i = 0; i < n && words < GUESS_WORDS; i++) {
      if (blocks[i]!.length >= GUESS_LINE_CHARS && isGuessProse(stripped[i]!)) continue;
      stripped[i] ??= scan.take(i, blocks[i]!);
      order.push(i);
      words += scan.count(i);
    }
  }
  return scan.guess(order);
}

/**
 * Decisions that read the same for every line they are given to, made once (a dump's blank lines,
 * widgets, template lines and phrase rows would each have made their own; decisions are never changed
 * after classifyBlocks returns, and the guard replaces the ones it overturns).
 */
const BLANK: BlockDecision = Object.freeze({ keep: true, rule: 'blank', reason: 'blank line', label: 'short' });
const IMAGE_LABEL: BlockDecision = Object.freeze({ keep: false, rule: 'widget', reason: 'an image name or bracketed label', label: 'bad' });
const NO_WORDS: BlockDecision = Object.freeze({ keep: false, rule: 'widget', reason: 'no words (bullet, button, field)', label: 'bad' });
const TITLE_REPEAT: BlockDecision = Object.freeze({ keep: false, rule: 'title-repeat', reason: 'the headline again (the page shows the title)', label: 'bad' });
const TEMPLATE: BlockDecision = Object.freeze({ keep: false, rule: 'template', reason: "recurs across this source's articles (site template)", label: 'bad' });
const phraseDecisions = new WeakMap<BoilerplateRule, BlockDecision>();
function phraseDecision(rule: BoilerplateRule): BlockDecision {
  let d = phraseDecisions.get(rule);
  if (!d) phraseDecisions.set(rule, (d = Object.freeze({ keep: false, rule: `boilerplate:${rule.id}`, reason: `${rule.kind} line`, label: 'bad' })));
  return d;
}

/** One scan's buffers for every call (classifyBlocks runs to the end before another call starts). */
const sharedScan = new WordScan(0);

export function classifyBlocks(blocks: readonly string[], context: ClassifyContext = {}): Classification {
  const n = blocks.length;
  /** Each line stripped, its words and letters read in the same pass: the language guess and the features use them. */
  const scan = sharedScan.reset(n);
  const stripped: string[] = new Array(n);
  let lang = context.lang?.toLowerCase().split(/[-_]/)[0];
  // The guess reads the lines guessSample names: once they are taken, the rest is read for that language alone.
  if (!lang) lang = guessFromLines(scan, blocks, stripped);
  const stopLang = langIndex(lang);
  scan.only(stopLang);
  // In article scope no decision depends on the features: their labels are read on demand
  // (lazyLabels), so the rest of the lines are stripped without reading their words.
  const pageScope = (context.scope ?? 'page') === 'page';
  for (let i = 0; i < n; i++) if (stripped[i] === undefined) stripped[i] = pageScope ? scan.take(i, blocks[i]!) : scan.stripOnly(i, blocks[i]!);
  const rows = rowsFor(lang);
  const warnings: CleanWarning[] = [];
  const counts: CleanCounts = { commentForms: 0, commentLines: 0, templateLines: 0, boilerplateLines: 0 };
  const decided: (BlockDecision | undefined)[] = new Array(n);
  const feats: (Features | undefined)[] = new Array(n);
  /**
   * Lines the site's template removed that read as prose: the guard weighs them too (a source whose
   * articles share paragraphs must not lose them all). Phrase rows are not weighed: a long cookie
   * notice reads as prose and would keep itself.
   */
  const ruledProse: boolean[] = new Array(n);
  /** Lines the features judge, and lines the template removed: in article scope their features wait for lazyLabels. */
  const featureLines: number[] = [];
  const templateLines: number[] = [];

  // (1) Comment regions.
  const weak: number[] = [];
  for (const region of findCommentRegions(stripped, commentFormRules, { listItem: (i) => LIST_ITEM.test(blocks[i]!) })) {
    if (!region.strong) {
      weak.push(region.start);
      continue;
    }
    counts.commentForms++;
    const d: BlockDecision = { keep: false, rule: `comment-form:${region.ruleId}`, reason: 'comment section or form', label: 'bad' };
    for (let i = region.start; i <= region.end; i++) if (stripped[i]) decided[i] = d;
  }

  // (2) Overrides, widgets, the site's template, phrase tables; (3) features.
  const titleKey = context.title ? key(context.title) : '';
  let titleAt = -1;
  const template = context.template?.size ? context.template : undefined;
  const overrides = context.overrides;
  /**
   * The keys of the overrides a line's key is looked up among, for a gate that spares making the
   * key of a line that can have none of them (overrides that do not list their keys let every line
   * through). The title stays out of it: a gate is a regular expression, and one per dump would be
   * compiled, and first run interpreted, for every dump of a build; a folder's dumps share their
   * overrides, and so their gate (keyGateOf).
   */
  const gate = overrides ? keyGateOf([...(overrides.keys ?? [])], !overrides.keys) : undefined;
  for (let i = 0; i < n; i++) {
    const s = stripped[i]!;
    if (!s) continue;
    // The normalised key is only needed where something is looked up by it (it costs more than the rest).
    const nearTitle = titleKey !== '' && Math.abs(s.length - context.title!.length) < 20;
    const needsKey = overrides || nearTitle;
    // The line's lowercase, made once for the gates (key and phrase) that read it.
    let lower: string | undefined;
    let k: string;
    /** k is the line's key, to be looked up; else it is the line, and only whether it has a key matters. */
    let keyed = false;
    if (needsKey && (nearTitle || !gate || DECORATION_START.test(s) || (scan.lettersAtMost(i, s, gate.maxLength) && gate.mayHold((lower = s.toLowerCase()))))) {
      k = key(s);
      keyed = true;
    }
    // Nothing is looked up by its key, or its key is none of those looked up (it has more letters
    // than the longest, or none of their words): strip leaves the line as it is (no decoration),
    // so it has a key when it has a letter or digit (lowercasing keeps them).
    else k = hasWord(s) ? s : '';
    const override = keyed ? context.overrides?.decide(k) : undefined;
    if (override) {
      decided[i] = { keep: override === 'keep', rule: `override:${override}`, reason: 'listed in the cleaning overrides file', label: override === 'keep' ? 'good' : 'bad' };
      continue;
    }
    if (decided[i]) continue;
    if (!k || IMAGE_NAME.test(s)) {
      decided[i] = k ? IMAGE_LABEL : NO_WORDS;
      continue;
    }
    if (keyed && k === titleKey) {
      if (titleAt < 0) titleAt = i;
      decided[i] = TITLE_REPEAT;
      continue;
    }
    if (template?.has(i)) {
      decided[i] = TEMPLATE;
      templateLines.push(i);
      if (pageScope) ruledProse[i] = features(s, scan, i, stopLang).label === 'good';
      continue;
    }
    const phrase = phraseRule(s, lower, rows);
    if (phrase) {
      decided[i] = phraseDecision(phrase);
      continue;
    }
    featureLines.push(i);
    if (pageScope) feats[i] = features(s, scan, i, stopLang);
  }

  // (4) Context: short and near-good blocks take their class from the nearest non-short neighbours.
  const baseLabel = (i: number): BlockLabel | undefined => feats[i]?.label ?? (decided[i] && !decided[i]!.keep ? 'bad' : decided[i] ? 'good' : undefined);
  const neighbour = (i: number, step: 1 | -1, skipNearGood: boolean): BlockLabel => {
    // Only a few lines away: a long run of short lines between two paragraphs is a menu, not a byline.
    let seen = 0;
    for (let j = i + step; j >= 0 && j < n && seen <= THRESHOLDS.neighbourLines; j += step) {
      const l = baseLabel(j);
      if (!l) continue;
      seen++;
      if (l === 'short' || (skipNearGood && l === 'near-good')) continue;
      return l;
    }
    return 'bad'; // the text's edges, or a long run of short lines, count as boilerplate
  };
  const label: (BlockLabel | undefined)[] = new Array(n);
  function contextLabels(): void {
    for (let i = 0; i < n; i++) {
      const f = feats[i];
      label[i] = f?.label;
      if (!f || (f.label !== 'short' && f.label !== 'near-good')) continue;
      const prev = neighbour(i, -1, true);
      const next = neighbour(i, 1, true);
      if (f.label === 'near-good') label[i] = prev === 'good' || next === 'good' ? 'good' : 'bad';
      else if (prev === 'good' && next === 'good') label[i] = 'good';
      else if (prev === 'bad' && next === 'bad') label[i] = headingBeforeGood(i) ? 'good' : 'bad';
      else label[i] = headingBeforeGood(i) || (prev === 'good' ? !f.headingLike : false) ? 'good' : 'bad';
    }
  }
  /**
   * The features and context labels, when not made above (article scope): read with a scan of
   * their own, since the shared one may hold another text by the time a decision's label is read.
   */
  let labelled = pageScope;
  function lazyLabels(): void {
    if (labelled) return;
    labelled = true;
    const words = new WordScan(n).only(stopLang);
    for (let i = 0; i < n; i++) words.take(i, blocks[i]!);
    for (const i of featureLines) feats[i] = features(stripped[i]!, words, i, stopLang);
    for (const i of templateLines) ruledProse[i] = features(stripped[i]!, words, i, stopLang).label === 'good';
    contextLabels();
  }
  if (pageScope) contextLabels();
  function headingBeforeGood(i: number): boolean {
    if (!feats[i]?.headingLike) return false;
    let distance = 0;
    for (let j = i + 1; j < n && distance <= THRESHOLDS.headingDistance; j++) {
      if (feats[j]?.label === 'good') return true;
      distance += stripped[j]!.length;
    }
    return false;
  }

  // (5) The densest run of prose, in a whole-page scrape.
  let runStart = 0;
  let runEnd = n - 1;
  if (pageScope) {
    [runStart, runEnd] = densestRun(n, (i) => {
      if (decided[i] && !decided[i]!.keep) return -Math.max(15, stripped[i]!.length * THRESHOLDS.badWeight);
      const l = label[i];
      if (!l) return 0;
      if (l === 'short' && feats[i]?.label === 'short') return -5;
      const chars = stripped[i]!.length;
      return l === 'good' ? chars : -Math.max(15, chars * THRESHOLDS.badWeight);
    });
    if (titleAt >= 0 && titleAt >= runStart && titleAt < runEnd) runStart = titleAt + 1;
  }

  const isFeatureLine = new Uint8Array(n);
  for (const i of featureLines) isFeatureLine[i] = 1;
  const decisions: BlockDecision[] = blocks.map((_, i) => {
    if (decided[i]) return decided[i]!;
    if (!isFeatureLine[i]) return BLANK;
    // Text already extracted (or a CMS export) keeps what no rule names: features only judge whole pages.
    if (!pageScope) return new LazyKeep(i, feats, label, lazyLabels);
    const f = feats[i]!;
    const l = label[i]!;
    if (i < runStart || i > runEnd) return { keep: false, rule: 'outside-main', reason: 'outside the densest run of prose', label: l };
    return l === 'good' ? new FeatureDecision(true, KEEP_RULE[f.label], l, f, '') : new FeatureDecision(false, TEXT_RULE[f.label], l, f, ', among boilerplate');
  });

  // (6) The guard.
  // Outside the densest run, prose is expected to go (teasers, comments): the guard weighs the rest,
  // the template's prose lines included.
  // In article scope only the template's prose lines can be removed prose: without them the guard
  // needs no features (it still acts on a text left empty).
  if (!pageScope && templateLines.some((i) => !decisions[i]!.keep)) lazyLabels();
  const isProse = (i: number) => feats[i]?.label === 'good' || ruledProse[i] === true;
  const proseChars = (keepOnly: boolean) =>
    decisions.reduce((sum, d, i) => (isProse(i) && d.rule !== 'outside-main' && (!keepOnly || d.keep) ? sum + stripped[i]!.length : sum), 0);
  const keptAny = decisions.some((d, i) => d.keep && stripped[i]);
  const prose = proseChars(false);
  if (!keptAny || (prose > 0 && proseChars(true) * 2 < prose)) {
    const removedBy = new Map<string, { chars: number; first: number }>();
    decisions.forEach((d, i) => {
      if (d.keep || !stripped[i] || definite(d.rule) || (keptAny && !isProse(i))) return;
      const entry = removedBy.get(d.rule) ?? { chars: 0, first: i };
      entry.chars += stripped[i]!.length;
      removedBy.set(d.rule, entry);
    });
    const worst = [...removedBy.entries()].sort((a, b) => b[1].chars - a[1].chars)[0];
    if (worst) {
      for (let i = 0; i < n; i++) {
        const d = decisions[i]!;
        if (!d.keep && stripped[i] && !definite(d.rule) && (!keptAny || isProse(i))) decisions[i] = { keep: true, rule: `guard:${d.rule}`, reason: `kept: removing it would leave ${keptAny ? 'too little of the prose' : 'nothing'}`, label: d.label };
      }
      warnings.push({
        block: worst[1].first,
        rule: worst[0],
        message: `kept text that rule ${worst[0]} would remove: the article would ${keptAny ? 'lose most of its prose' : 'become empty'} (first such line: "${stripped[worst[1].first]!.slice(0, 80)}")`,
      });
    }
  }

  // A weak marker that other rules removed anyway needs no warning; one still in the text does.
  for (const i of weak) {
    if (!decisions[i]!.keep) continue;
    const rule = findRowOf(stripped[i]!);
    warnings.push({ block: i, rule: `comment-form:${rule}`, message: `kept the text after a comment marker with too little form evidence (rule ${rule}): "${stripped[i]!.slice(0, 80)}"` });
  }

  decisions.forEach((d, i) => {
    if (d.keep || !stripped[i]) return;
    if (d.rule.startsWith('comment-form:')) counts.commentLines++;
    else if (d.rule === 'template') counts.templateLines++;
    else if (d.rule !== 'widget') counts.boilerplateLines++;
  });
  return { lang, decisions, counts, warnings };
}

/** Maximum-sum run of `score` over 0..n-1 (Kadane); the whole range when nothing scores above zero. */
export function densestRun(n: number, score: (i: number) => number): [number, number] {
  let best = 0;
  let bestRange: [number, number] = [0, n - 1];
  let sum = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const s = score(i);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += s;
    if (sum > best) [best, bestRange] = [sum, [start, i]];
  }
  return bestRange;
}
