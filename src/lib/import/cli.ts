/**
 * `news-import <file or folder>...`: imports every file, carrying on past bad ones, and
 * ends with a summary. Exit status 1 when any file failed, 2 for a usage error.
 */
import cliProgress from 'cli-progress';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './article.ts';
import { ianaZone } from './dates.ts';
import { gatherImportCleaning, listSources, prepareFile } from './sources.ts';
import { writeArticle, type SlugClaims } from './write.ts';

export const USAGE = `Usage: news-import [options] <file or folder>...

Imports saved news pages (.html, .htm) and scraped text dumps (.txt, .md)
as Markdown articles with frontmatter, one <out>/<slug>.md per article.
Folders are searched recursively.

Options:
  -o, --out DIR    write into DIR (default: content/ of the project)
  -f, --force      overwrite files that already exist
  -n, --dry-run    print what would be written, write nothing
      --lang TAG   language for articles that do not state one (en, es, ...)
      --tz ZONE    time zone for pages whose dates state none (an IANA name such as
                   Europe/Madrid); a UTC time is given the calendar date there
  -h, --help       show this help
`;

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

type Status = 'imported' | 'skipped' | 'failed';

interface FileResult {
  input: string;
  status: Status;
  target?: string;
  /** Why it was skipped or failed, or what else happened (overwrote a file). */
  note?: string;
  warnings: string[];
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', short: 'f', default: false },
      'dry-run': { type: 'boolean', short: 'n', default: false },
      lang: { type: 'string' },
      tz: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function formatSummary(results: FileResult[], dryRun: boolean): string {
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const head = `${dryRun ? 'Would import' : 'Imported'} ${count('imported')}, skipped ${count('skipped')}, failed ${count('failed')}${dryRun ? ' (dry run: nothing written)' : ''}.`;
  const lines = results.map((r) => {
    const target = r.target ? ` → ${r.target}` : '';
    const note = r.note ? `: ${r.note}` : '';
    const label = dryRun && r.status === 'imported' ? 'would import' : r.status;
    return [`  ${label.padEnd(12)}  ${r.input}${target}${note}`, ...r.warnings.map((w) => `${' '.repeat(16)}warning: ${w}`)].join('\n');
  });
  return [head, ...lines].join('\n') + '\n';
}

export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const { cwd = process.cwd(), env = process.env, stdout = process.stdout, stderr = process.stderr } = io;
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    stderr.write(`news-import: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    stdout.write(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    stderr.write(`news-import: name at least one file or folder to import\n\n${USAGE}`);
    return 2;
  }
  const lang = args.values.lang;
  if (lang !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) {
    stderr.write(`news-import: --lang expects a language tag such as "en" or "es-MX", not "${lang}"\n`);
    return 2;
  }
  const timeZone = args.values.tz;
  if (timeZone !== undefined && !ianaZone(timeZone)) {
    stderr.write(`news-import: --tz expects an IANA time zone such as "Europe/Madrid" or "America/New_York", not "${timeZone}"\n`);
    return 2;
  }

  // `npm run` moves to the project root; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD || cwd;
  const outDir = args.values.out ? resolve(base, args.values.out) : resolve(cwd, 'content');
  const dryRun = args.values['dry-run'];
  // Paths under the working folder are shown relative to it, others in full.
  const show = (path: string) => {
    const rel = relative(base, path);
    return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };

  const { files, missing } = await listSources(args.positionals.map((p) => resolve(base, p)));
  const results: FileResult[] = missing.map((m) => ({ input: show(m.input), status: 'failed', note: m.reason, warnings: [] }));
  // Dumps imported together share their folders' template and cleaning.txt, as in a build.
  const cleaning = await gatherImportCleaning(files);
  for (const p of cleaning.problems) stderr.write(`news-import: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} (${p.hint})\n`);
  const previews: string[] = [];
  const claims: SlugClaims = new Map();

  const bar = stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: stderr, format: 'Importing [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(files.length, 0, { file: '' });

  for (const file of files) {
    const input = show(file);
    bar?.update({ file: input });
    try {
      const prepared = await prepareFile(file, { lang, timeZone, clean: cleaning.inputOf(file) });
      const warnings = prepared.article.warnings;
      const outcome = await writeArticle(
        { slug: prepared.slug, content: prepared.content, title: prepared.article.meta.title, source: prepared.article.meta.source, from: input },
        { outDir, force: args.values.force, dryRun },
        claims,
      );
      const target = show(outcome.path);
      switch (outcome.status) {
        case 'written':
          results.push({ input, status: 'imported', target, warnings });
          break;
        case 'overwritten':
          results.push({ input, status: 'imported', target, note: 'overwrote the existing file', warnings });
          break;
        case 'would-write':
        case 'would-overwrite':
          results.push({ input, status: 'imported', target, note: outcome.status === 'would-overwrite' ? 'would overwrite the existing file' : undefined, warnings });
          previews.push(`--- ${target} (from ${input}) ---\n${prepared.content}`);
          break;
        case 'unchanged':
        case 'exists':
          results.push({ input, status: 'skipped', target, note: outcome.reason, warnings });
          break;
        case 'collision':
          results.push({ input, status: 'failed', target, note: outcome.reason, warnings });
          break;
      }
    } catch (error) {
      // An ImportError is about the file; anything else (permissions, a full disk) says so itself.
      const note = error instanceof ImportError ? error.message : `unexpected error: ${(error as Error).message ?? error}`;
      results.push({ input, status: 'failed', note, warnings: [] });
    }
    bar?.increment();
  }
  bar?.stop();

  if (previews.length) stdout.write(previews.join('\n') + '\n');
  stdout.write(formatSummary(results, dryRun));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}
