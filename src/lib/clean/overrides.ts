/**
 * The user's say over cleaning: a plain-text file `cleaning.txt` in a content folder (it
 * applies to the articles of that folder and below) with lines such as
 *
 *     keep: Photo: Ana Ruiz
 *     remove: Support our journalism
 *
 * `keep:` keeps a line the rules would remove, `remove:` removes one they keep. Lines are
 * compared in normalised form (case, digits, punctuation and spacing ignored); `#` starts a
 * comment. Parsing reports each line it cannot read instead of guessing.
 */
import { key } from './normalize.ts';

export const OVERRIDES_FILE = 'cleaning.txt';

export interface CleanOverrides {
  decide(lineKey: string): 'keep' | 'remove' | undefined;
  /** Every key `decide` answers for (the classifier tests lines against them before keying them); absent: any key may be. */
  keys?: ReadonlySet<string>;
  /** Content of the file(s), for digests: a change re-cleans the articles it applies to. */
  signature: string;
}

export interface OverrideProblem {
  line: number;
  message: string;
}

export function parseOverrides(text: string): { overrides: CleanOverrides; problems: OverrideProblem[] } {
  const keep = new Set<string>();
  const remove = new Set<string>();
  const problems: OverrideProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(keep|remove)\s*:\s*(.+)$/i.exec(line);
    const k = m ? key(m[2]!) : '';
    if (!m || !k) {
      problems.push({ line: i + 1, message: `cannot read "${line.slice(0, 60)}": write "keep: <line>" or "remove: <line>"` });
      return;
    }
    (m[1]!.toLowerCase() === 'keep' ? keep : remove).add(k);
  });
  return { overrides: makeOverrides(keep, remove, text), problems };
}

function makeOverrides(keep: ReadonlySet<string>, remove: ReadonlySet<string>, signature: string): CleanOverrides {
  return { decide: (k) => (keep.has(k) ? 'keep' : remove.has(k) ? 'remove' : undefined), keys: new Set([...keep, ...remove]), signature };
}

/** Several files (a folder's and its parents'): the nearer file wins where both speak of a line. */
export function mergeOverrides(nearestFirst: readonly CleanOverrides[]): CleanOverrides | undefined {
  if (!nearestFirst.length) return undefined;
  if (nearestFirst.length === 1) return nearestFirst[0];
  return {
    decide: (k) => {
      for (const o of nearestFirst) {
        const d = o.decide(k);
        if (d) return d;
      }
      return undefined;
    },
    keys: nearestFirst.every((o) => o.keys) ? new Set(nearestFirst.flatMap((o) => [...o.keys!])) : undefined,
    signature: nearestFirst.map((o) => o.signature).join('\0'),
  };
}
