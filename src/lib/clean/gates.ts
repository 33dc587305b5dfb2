/**
 * Keyword gates derived from the rule tables' patterns (rules/boilerplate.ts, rules/comment-forms.ts),
 * so that a line which cannot match a row never runs the row's regular expressions. Nothing is
 * typed by hand: each pattern's source is read into a small tree, and from it come the texts any
 * match must hold (`anywhere`: one of them stands somewhere in the line) or, for a pattern anchored
 * at the line's start, the texts any match must start with (`prefixes`). A gate tests the
 * lowercased line with plain-text alternations (no `i`, no `u`: several times faster than the
 * rows' case-insensitive patterns). Adding a row needs nothing here.
 *
 * Exact as a gate (it never turns away a line a pattern matches,
 * tests/unit/clean/gates.test.ts), because only characters whose case-insensitive matches all
 * lowercase to their own lowercase go into a text (see `safe`); any other character ends the text
 * there, and a pattern from which nothing can be read lets every line through.
 */

type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'char'; c: string }
  | { t: 'set'; chars: string[] | undefined } // a class, `.` or an escape like \d; chars when few and known
  | { t: 'zero' } // ^ $ \b \B and lookarounds: they match no character
  | { t: 'start' } // ^
  | { t: 'quant'; node: Node; min: number; max: number }
  | { t: 'opaque' }; // a back-reference: what it matches is not known here

/**
 * Whether a literal character of a pattern (flags `unicode`) may go into a gate text: every
 * character the pattern takes for it, case-insensitively, lowercases to its own lowercase. ASCII
 * and Latin-1 letters do (not µ, whose capital is Greek; not s in a `u` pattern, where ſ matches
 * it), and so do uncased marks such as ’ … » → ©.
 */
export function safe(c: string, unicode: boolean): boolean {
  const u = c.charCodeAt(0);
  if (c.length !== 1) return false;
  if (u < 0x80) return !(unicode && (u === 0x73 || u === 0x53));
  if (u >= 0xa0 && u <= 0xff) return u !== 0xb5;
  return (u >= 0x2010 && u <= 0x205e) || (u >= 0x2190 && u <= 0x21ff);
}

class Parser {
  private i = 0;
  /** Set on syntax this reader does not know (modifier groups such as `(?i:…)`): the pattern then gets no gate. */
  unknown = false;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) throw new Error(`gates: cannot read /${this.src}/ at ${this.i}`);
    return node;
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      const q = this.quantifier();
      if (q !== undefined) atom = { t: 'quant', node: atom, min: q[0], max: q[1] };
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  /** The least and most counts of a quantifier after an atom, or undefined without one. */
  private quantifier(): [number, number] | undefined {
    const c = this.src[this.i];
    let q: [number, number] | undefined;
    if (c === '*') q = [0, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined; // a literal "{" (only without the u flag)
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity];
    }
    if (!q) return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    if (c === '^') return { t: 'start' };
    if (c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'set', chars: undefined };
    if (c === '[') return this.charClass();
    if (c === '(') {
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i))) {
        look = true;
        this.i += this.src[this.i + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      else if (this.src[this.i] === '?') {
        this.unknown = true;
        this.i = this.src.indexOf(':', this.i) + 1;
      }
      const inner = this.alt();
      if (this.src[this.i++] !== ')') throw new Error(`gates: unbalanced group in /${this.src}/`);
      return look ? { t: 'zero' } : inner;
    }
    if (c === '\\') return this.escape();
    return { t: 'char', c };
  }

  private escape(): Node {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return { t: 'zero' };
    if (c === 'd') return { t: 'set', chars: [...'0123456789'] };
    if ('DwWsS'.includes(c)) return { t: 'set', chars: undefined };
    if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return { t: 'set', chars: undefined };
    }
    if (/[1-9]/.test(c) || c === 'k') {
      if (c === 'k') this.i = this.src.indexOf('>', this.i) + 1;
      else while (/\d/.test(this.src[this.i] ?? '')) this.i++;
      return { t: 'opaque' };
    }
    if (c === 'u' || c === 'x' || c === 'c') {
      // \uXXXX, \u{…}, \xXX, \cX: a character, read no further (it is not put in a text).
      const m = /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.i));
      if (c === 'u' && m) this.i += m[0].length;
      else if (c === 'x') this.i += 2;
      else if (c === 'c') this.i += 1;
      return { t: 'set', chars: undefined };
    }
    if ('nrtfv0'.includes(c)) return { t: 'set', chars: undefined };
    return { t: 'char', c }; // an identity escape: \. \( \? \- …
  }

  private charClass(): Node {
    const chars: string[] = [];
    let known = this.src[this.i] !== '^';
    if (!known) this.i++;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let c = this.src[this.i++]!;
      if (c === '\\') {
        const e = this.src[this.i++]!;
        if (e === 'd') {
          chars.push(...'0123456789');
          continue;
        }
        if ('DwWsSpPuxcnrtfv0bB'.includes(e)) {
          known = false;
          if ((e === 'p' || e === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
          continue;
        }
        c = e;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        // A range: known only for a short one of ASCII letters or digits.
        let to = this.src[this.i + 1]!;
        this.i += 2;
        if (to === '\\') to = this.src[this.i++]!;
        const [a, b] = [c.charCodeAt(0), to.charCodeAt(0)];
        if (b - a > 26 || a >= 0x80 || b >= 0x80) known = false;
        else for (let u = a; u <= b; u++) chars.push(String.fromCharCode(u));
        continue;
      }
      chars.push(c);
    }
    this.i++; // ]
    return { t: 'set', chars: known && chars.length <= 40 && chars.every((ch) => safe(ch, this.unicode)) ? chars : undefined };
  }
}

/** At most this many texts per pattern: a larger set is no cheaper to test than the pattern. */
const MAX_TEXTS = 400;
type Texts = Set<string> | undefined;

/**
 * How good a set is as a gate: longer texts are rarer, and fewer of them are cheaper to look for
 * ("(c)" over 200 years, "newsletter" over every spelling of "sign up … newsletter").
 */
const strength = (s: Set<string>) => Math.min(...[...s].map((t) => Math.min(t.length, 12))) - 1.5 * Math.log2(s.size);
function better(a: Texts, b: Texts): Texts {
  if (!a) return b;
  if (!b) return a;
  return strength(b) > strength(a) ? b : a;
}

/** The node matches exactly one of these texts (lowercased), when it is that simple. */
function exact(node: Node, unicode: boolean): Texts {
  switch (node.t) {
    case 'char':
      return safe(node.c, unicode) ? new Set([node.c.toLowerCase()]) : undefined;
    case 'set':
      return node.chars ? new Set(node.chars.map((c) => c.toLowerCase())) : undefined;
    case 'zero':
    case 'start':
      return new Set(['']);
    case 'quant': {
      // `x?`: x or nothing.
      if (node.min !== 0 || node.max !== 1) return undefined;
      const e = exact(node.node, unicode);
      return e ? new Set(['', ...e]) : undefined;
    }
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const e = exact(a, unicode);
        if (!e) return undefined;
        for (const s of e) out.add(s);
      }
      return out.size <= MAX_TEXTS ? out : undefined;
    }
    case 'seq': {
      let out = new Set(['']);
      for (const item of node.items) {
        const e = exact(item, unicode);
        if (!e) return undefined;
        out = product(out, e);
        if (out.size > MAX_TEXTS) return undefined;
      }
      return out;
    }
    default:
      return undefined;
  }
}

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Texts one of which stands in every match of `node` (lowercased), or undefined when none is known. */
function anywhere(node: Node, unicode: boolean): Texts {
  switch (node.t) {
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const r = anywhere(a, unicode);
        if (!r) return undefined;
        for (const s of r) out.add(s);
      }
      return out.size <= MAX_TEXTS ? out : undefined;
    }
    case 'quant':
      return node.min >= 1 ? anywhere(node.node, unicode) : undefined;
    case 'seq': {
      // Runs of items that match one fixed text each, joined (zero-width items inside a run add
      // nothing); any item that must match is a candidate too. The best candidate is kept.
      let best: Texts;
      let run = new Set(['']);
      const flush = () => {
        if (!run.has('')) best = better(best, run);
        run = new Set(['']);
      };
      for (const item of node.items) {
        // Only items of one text extend a run: a run of many spellings is slow to look for.
        const e = exact(item, unicode);
        if (e && e.size === 1) {
          run = product(run, e);
          continue;
        }
        flush();
        best = better(best, anywhere(item, unicode));
      }
      flush();
      return best;
    }
    default: {
      const e = exact(node, unicode);
      return e && !e.has('') ? e : undefined;
    }
  }
}

/** Texts every match of `node` starts with (lowercased), or undefined when none is known. */
function prefixes(node: Node, unicode: boolean): Texts {
  switch (node.t) {
    case 'alt': {
      const out = new Set<string>();
      for (const a of node.alts) {
        const r = prefixes(a, unicode);
        if (!r) return undefined;
        for (const s of r) out.add(s);
      }
      return out.size <= MAX_TEXTS ? out : undefined;
    }
    case 'quant':
      return node.min >= 1 ? prefixes(node.node, unicode) : undefined;
    case 'seq':
      return prefixesFrom(node.items, 0, unicode);
    default: {
      const e = exact(node, unicode);
      return e && !e.has('') ? e : undefined;
    }
  }
}

/**
 * Prefixes of the sequence items[k…]: fixed items are joined on; an optional item (`x?`, `x*`)
 * branches, into x's prefixes or those of the rest; the first other item ends the prefixes with its own.
 */
function prefixesFrom(items: readonly Node[], k: number, unicode: boolean): Texts {
  let out = new Set(['']);
  for (let j = k; j < items.length; j++) {
    const item = items[j]!;
    const e = exact(item, unicode);
    if (e && !e.has('')) {
      out = product(out, e);
      if (out.size > MAX_TEXTS) return undefined;
      continue;
    }
    if (e && (item.t === 'zero' || item.t === 'start')) continue;
    // What follows fixed texts only lengthens them: those texts already start every match.
    if (!out.has('')) break;
    if (item.t === 'quant' && item.min === 0) {
      const inner = prefixes(item.node, unicode);
      const rest = prefixesFrom(items, j + 1, unicode);
      if (!inner || !rest) return undefined;
      const both = new Set([...product(out, inner), ...product(out, rest)]);
      return both.size <= MAX_TEXTS && !both.has('') ? both : undefined;
    }
    const p = prefixes(item, unicode);
    if (!p) return undefined;
    out = p;
    break;
  }
  return out.has('') || out.size > MAX_TEXTS ? undefined : out;
}

/** Whether every match of `node` starts at the start of the text (each alternative opens with ^). */
function anchored(node: Node): boolean {
  if (node.t === 'start') return true;
  if (node.t === 'alt') return node.alts.every(anchored);
  if (node.t === 'seq') {
    for (const item of node.items) {
      if (item.t === 'start') return true;
      if (item.t !== 'zero') return anchored(item);
    }
  }
  return false;
}

/** What a gate of one pattern holds: texts a match starts with (anchored), or texts it holds; neither: it lets every line through. */
export interface PatternGate {
  prefixes?: readonly string[];
  anywhere?: readonly string[];
}

/**
 * The gates of a pattern, one per top-level alternative (an alternation of anchored and
 * unanchored rows, as the classifier joins them, keeps each alternative's own gate).
 */
export function patternGates(re: RegExp): PatternGate[] {
  const unicode = re.flags.includes('u');
  // Multiline anchors, sticky matching and the v flag's set syntax are read by no gate.
  if (re.flags.includes('m') || re.flags.includes('y') || re.flags.includes('v')) return [{}];
  const parser = new Parser(re.source, unicode);
  const tree = parser.parse();
  return parser.unknown ? [{}] : branches(tree).map((b) => branchGate(b, unicode));
}

/** The alternatives of a node, through groups that stand alone (`(?:a|b)` is `a|b`, `^(?:a|b)` is `^a|^b`). */
function branches(node: Node): Node[] {
  if (node.t === 'alt') return node.alts.flatMap(branches);
  if (node.t === 'seq') {
    const last = node.items.at(-1);
    const lead = node.items.slice(0, -1);
    if (last && (last.t === 'alt' || last.t === 'seq') && lead.every((n) => n.t === 'start' || n.t === 'zero')) {
      return branches(last).map((b) => (lead.length ? { t: 'seq', items: [...lead, b] } : b));
    }
  }
  return [node];
}

function branchGate(node: Node, unicode: boolean): PatternGate {
  if (anchored(node)) {
    const p = prefixes(node, unicode);
    if (p) return { prefixes: [...p] };
  }
  const a = anywhere(node, unicode);
  return a ? { anywhere: [...a] } : {};
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The gate of a set of patterns: `test(lower)` is false only when none of them can match a line
 * whose lowercase is `lower`. One anchored and one unanchored plain alternation.
 */
export class TextGate {
  readonly always: boolean;
  private readonly start: RegExp | undefined;
  private readonly inside: RegExp | undefined;
  /** The longest prefix: a line's first this many characters, lowercased, are all the anchored test reads. */
  private readonly head: number;

  constructor(res: readonly RegExp[]) {
    const starts = new Set<string>();
    const inside = new Set<string>();
    let always = false;
    for (const re of res) {
      for (const g of patternGates(re)) {
        if (g.prefixes) for (const p of g.prefixes) starts.add(p);
        else if (g.anywhere) for (const a of g.anywhere) inside.add(a);
        else always = true;
      }
    }
    // Longest first, so that an alternation's first match is not merely a prefix of another (it tests either way).
    const alternation = (texts: Set<string>) => [...texts].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join('|');
    this.always = always;
    this.start = !always && starts.size ? new RegExp(`^(?:${alternation(starts)})`) : undefined;
    this.inside = !always && inside.size ? new RegExp(alternation(inside)) : undefined;
    this.head = Math.max(0, ...[...starts].map((p) => p.length));
  }

  /**
   * False only when none of the patterns can match `line`. `lower` is its lowercase, when the
   * caller has it; else only what the tests read is lowercased (for the anchored one, the line's
   * start: lowercasing never makes a text shorter, and no prefix holds a sigma, the one letter
   * whose lowercase depends on what follows).
   */
  test(line: string, lower?: string): boolean {
    if (this.always) return true;
    if (this.start) {
      const head = lower ?? (line.length > this.head ? line.slice(0, this.head) : line).toLowerCase();
      if (this.start.test(head)) return true;
    }
    return this.inside !== undefined && this.inside.test(lower ?? line.toLowerCase());
  }
}
