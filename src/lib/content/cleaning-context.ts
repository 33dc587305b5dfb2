/**
 * What cleaning a dump depends on beyond its own bytes, gathered once per sync over the whole
 * content folder: the template of each folder and of each source host (clean/template.ts, over
 * every dump of that folder, and every dump whose "Source:" line names that host)
 * and the cleaning overrides files (clean/overrides.ts) of the folder and its parents. Each dump
 * gets its CleanInput and a signature of it for the entry's digest; a change to the template or
 * to an overrides file re-cleans exactly the dumps whose input changed. Also sums the counts of
 * the build's one cleaning summary line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CleanCounts } from '../clean/classify.ts';
import { parseOverrides } from '../clean/overrides.ts';
import { sourceHost, TemplateIndex, templateGroups, textKeys, type TextKeys } from '../clean/template.ts';
import type { CleanInput } from './article.ts';
import type { ContentProblem } from './errors.ts';
import { hasFrontmatter } from './frontmatter.ts';

export interface CleaningContext {
  /** Input for one file; undefined for a Markdown article (it has no template). */
  inputFor(file: string): CleanInput | undefined;
  /** Problems of the overrides files (a line that cannot be read), one each. */
  problems: ContentProblem[];
}

/** The folder whose dumps make a dump's template. */
export const sourceOf = (file: string) => path.dirname(file);
const utf8 = new TextDecoder();

/** A dump is a file without frontmatter: only dumps are cleaned, and only they make a folder's template. */
export const isDump = (text: string) => !hasFrontmatter(text.replace(/^\uFEFF/, ''));

/** `files` with their bytes (paths relative to `dir`); `overridesFiles` the overrides files found under `dir`. */
export async function gatherCleaning(dir: string, files: readonly (readonly [string, Uint8Array])[], overridesFiles: readonly string[]): Promise<CleaningContext> {
  const index = new TemplateIndex();
  const keysOf = new Map<string, { keys: TextKeys; groups: string[] }>();
  for (const [file, bytes] of files) {
    const text = utf8.decode(bytes);
    if (!isDump(text)) continue;
    const lf = text.replace(/\r\n?/g, '\n');
    const keys = textKeys(lf);
    const groups = templateGroups(sourceOf(file), sourceHost(lf));
    keysOf.set(file, { keys, groups });
    index.addToGroups(groups, keys.keys);
  }

  const problems: ContentProblem[] = [];
  const overridesText = new Map<string, string>();
  for (const file of overridesFiles) {
    const text = readFileSync(path.join(dir, file), 'utf8'); // few and small; not queued behind other work
    for (const p of parseOverrides(text).problems) problems.push({ file, line: p.line, message: p.message, hint: 'one rule a line: "keep: <line as it stands>" or "remove: <line>"; # starts a comment' });
    overridesText.set(path.dirname(file), text);
  }

  return {
    problems,
    inputFor(file) {
      const dump = keysOf.get(file);
      if (!dump) return undefined;
      const overrides: string[] = [];
      for (let folder = sourceOf(file); ; folder = path.dirname(folder)) {
        const text = overridesText.get(folder);
        if (text !== undefined) overrides.push(text);
        if (folder === '.' || folder === path.dirname(folder)) break;
      }
      return { templateLines: index.templateLines(dump.groups, dump.keys), overrides };
    },
  };
}

/** The part of an entry's digest that stands for its cleaning input. */
export function cleanSignature(input: CleanInput | undefined): string {
  return input ? `${(input.templateLines ?? []).join(',')}\u0001${(input.overrides ?? []).join('\u0002')}` : '';
}

/** Sums per-article counts into the build's one summary line. */
export class CleanSummary {
  private articles = 0;
  /** Dumps cleaned in this build; the others' counts are those their cached entries kept. */
  private cleanedNow = 0;
  private readonly total: CleanCounts = { commentForms: 0, commentLines: 0, templateLines: 0, boilerplateLines: 0 };

  add(counts: CleanCounts | undefined, cached = false): void {
    if (!counts) return;
    this.articles++;
    if (!cached) this.cleanedNow++;
    for (const k of Object.keys(this.total) as (keyof CleanCounts)[]) this.total[k] += counts[k];
  }

  line(): string | undefined {
    if (!this.articles) return undefined;
    const t = this.total;
    const dumps = this.cleanedNow === this.articles ? `${this.articles} dumps cleaned` : `${this.articles} dumps, ${this.cleanedNow} of them cleaned in this build (the others as when they were cleaned)`;
    return `cleaning: ${dumps}; ${t.commentForms} comment forms (${t.commentLines} lines), ${t.templateLines} template lines, ${t.boilerplateLines} boilerplate lines removed (npm run clean:explain -- <file> shows why)`;
  }
}
