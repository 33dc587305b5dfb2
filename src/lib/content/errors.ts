/**
 * Content problems: what went wrong with which file, where, and what to do about it.
 * The loader gathers every problem of a run before failing, so one build reports them all.
 */

export interface ContentProblem {
  /** Path of the article file, relative to the project root when possible. */
  file: string;
  /** 1-based line in that file, when the problem can be pinned to one. */
  line?: number;
  /** What is wrong, in a sentence. */
  message: string;
  /** What the author can do to fix it. */
  hint?: string;
}

/** Thrown once per build with every problem found, never for the first one only. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const hint = problem.hint ? `\n    → ${problem.hint}` : '';
  return `  ${where}: ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const heading = `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return [heading, ...problems.map(formatProblem)].join('\n');
}
