/**
 * `npm run clean:explain`: a text with each removed line marked and the rule that removed it,
 * so a reader can see why a line went and write an override (overrides.ts) when it should stay.
 */
import type { Classification } from './classify.ts';

export interface ExplainOptions {
  /** 1-based file line of blocks[0], for the margin. */
  firstLine?: number;
  /** Lines longer than this are cut in the listing (the decision is about the whole line). */
  width?: number;
}

export function explain(blocks: readonly string[], result: Classification, { firstLine = 1, width = 100 }: ExplainOptions = {}): string {
  const out: string[] = [];
  const pad = String(firstLine + blocks.length).length;
  blocks.forEach((block, i) => {
    const text = block.trim();
    if (!text) return;
    const d = result.decisions[i]!;
    const shown = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    const n = String(firstLine + i).padStart(pad);
    out.push(d.keep ? `${n}    ${shown}` : `${n} -  ${shown}\n${' '.repeat(pad)}      ↳ ${d.rule}: ${d.reason}`);
  });
  const c = result.counts;
  const kept = result.decisions.filter((d, i) => d.keep && blocks[i]!.trim()).length;
  out.push('', `${kept} lines kept; removed: ${c.commentForms} comment forms (${c.commentLines} lines), ${c.templateLines} template lines, ${c.boilerplateLines} boilerplate lines (language: ${result.lang ?? 'unknown'})`);
  for (const w of result.warnings) out.push(`warning, line ${firstLine + w.block}: ${w.message}`);
  return out.join('\n');
}
