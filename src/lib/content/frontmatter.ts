/**
 * Splits YAML frontmatter from a Markdown file and parses it, keeping line numbers so
 * that a bad key or a YAML syntax error can be reported where it stands.
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';

export interface FrontmatterBlock {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyStartLine: number;
  /** 1-based file line of a top-level key, for pointing problems at it. */
  lineOf(key: string): number | undefined;
}

export type FrontmatterResult =
  | { ok: true; block: FrontmatterBlock }
  | { ok: false; errors: { message: string; line?: number }[] };

export function hasFrontmatter(text: string): boolean {
  return /^---[ \t]*\n/.test(text);
}

export function parseFrontmatter(text: string): FrontmatterResult {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (close < 0) {
    return { ok: false, errors: [{ message: 'frontmatter opened with --- on line 1 is never closed', line: 1 }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  // The YAML 1.2 core schema keeps `2023-11-17` a string; the 1.1 timestamp type would
  // turn `2025-02-31` into 3 March before dates.ts could refuse it.
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // Frontmatter starts on file line 2.
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;

  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ message: `YAML: ${e.message.split('\n')[0]}`, line: fileLine(e.pos[0]) })),
    };
  }
  let data: unknown;
  try {
    // Aliases are resolved here: an unknown alias or an alias bomb throws instead of parsing.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { ok: false, errors: [{ message: `YAML: ${(error as Error).message.split('\n')[0]}`, line: 2 }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [{ message: 'frontmatter must be a set of `key: value` lines', line: 2 }] };
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) keyLines.set(String(item.key.value), fileLine(item.key.range[0]));
    }
  }
  return {
    ok: true,
    block: {
      data: data as Record<string, unknown>,
      body: lines.slice(close + 1).join('\n'),
      bodyStartLine: close + 2,
      lineOf: (key) => keyLines.get(key),
    },
  };
}
