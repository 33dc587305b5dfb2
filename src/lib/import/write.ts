/**
 * Writes an article file safely: never over an existing file without `force`, never
 * twice to one slug in a run, nothing at all on a dry run.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '../content/frontmatter.ts';

export interface WritePlan {
  slug: string;
  /** Full file text. */
  content: string;
  title: string;
  /** URL of the original, when known: how an existing file is recognised as the same article. */
  source?: string;
  /** The input it came from, for collision messages. */
  from: string;
}

export interface WriteOptions {
  outDir: string;
  force?: boolean;
  dryRun?: boolean;
}

export type WriteOutcome =
  | { status: 'written' | 'overwritten' | 'would-write' | 'would-overwrite'; path: string }
  | { status: 'unchanged' | 'exists'; path: string; reason: string }
  | { status: 'collision'; path: string; reason: string };

/** Remembers which input claimed which slug during one run. */
export type SlugClaims = Map<string, string>;

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Same article if the source URL matches, or, without URLs, the title. */
function describeExisting(text: string, plan: WritePlan): { same: boolean; label: string } {
  const parsed = parseFrontmatter(text);
  const data = parsed.ok ? parsed.block.data : {};
  const title = typeof data.title === 'string' ? data.title : undefined;
  const source = typeof data.source === 'string' ? data.source : undefined;
  const same = source && plan.source ? source === plan.source : title === plan.title;
  return { same, label: title ? `"${title}"${source ? ` (${source})` : ''}` : 'another article' };
}

export async function writeArticle(plan: WritePlan, options: WriteOptions, claims: SlugClaims): Promise<WriteOutcome> {
  const path = join(options.outDir, `${plan.slug}.md`);
  const claimedBy = claims.get(plan.slug);
  if (claimedBy !== undefined && claimedBy !== plan.from) {
    return {
      status: 'collision',
      path,
      reason: `slug collision: ${claimedBy} also gives the slug "${plan.slug}" in this run; import one of them separately with --out, or edit its title`,
    };
  }
  claims.set(plan.slug, plan.from);

  const existing = await readIfExists(path);
  if (existing === plan.content) return { status: 'unchanged', path, reason: 'already imported, file unchanged' };
  if (existing !== undefined && !options.force) {
    const { same, label } = describeExisting(existing, plan);
    return same
      ? { status: 'exists', path, reason: 'exists and differs from this import (edited, or the source changed); --force overwrites it' }
      : { status: 'collision', path, reason: `slug collision: the file already holds ${label}; --force replaces it, or import with --out elsewhere` };
  }
  if (options.dryRun) return { status: existing === undefined ? 'would-write' : 'would-overwrite', path };

  await mkdir(options.outDir, { recursive: true });
  // Written beside the target and renamed over it, so an interrupted run never leaves half a file.
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, plan.content, 'utf8');
  await rename(temp, path);
  return { status: existing === undefined ? 'written' : 'overwritten', path };
}
