/**
 * Parsing in parallel: a small pool of worker threads that run parseArticle, for cold builds
 * where every file must be parsed (the largest part of a cold build's time). Each worker
 * loads one esbuild bundle of parse-worker.ts, written to the cache folder when the pool
 * starts, since Node 20 cannot load the TypeScript sources itself.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
// A static import: Astro closes the Vite runner that loaded this module before the loader runs.
import { build } from 'esbuild';
import { parseArticle, type CleanInput, type ParseOptions, type ParsedArticle } from '../content/article.ts';

export interface ArticleParser {
  /** Worker threads in use; 0 when parsing on the calling thread. */
  readonly workers: number;
  parse(file: string, bytes: Uint8Array, clean?: CleanInput): Promise<ParsedArticle>;
  close(): Promise<void>;
}

/** Messages between the pool and parse-worker.ts. */
export interface ParseRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  clean?: CleanInput;
}
export type ParseResponse = { id: number; result: ParsedArticle } | { id: number; crash: { message: string; stack?: string } };

/** Below this many files to parse, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 256;
/** Each worker holds its own copy of the Markdown toolchain; more than a few buys little. */
export const MAX_WORKERS = 4;

/**
 * How many workers a sync of `filesToParse` files should use; 0 means parse inline.
 * `requested` is the PARSE_WORKERS setting, which overrides the default either way.
 */
export function workerCount(filesToParse: number, { requested, cores = availableParallelism() }: { requested?: number; cores?: number } = {}): number {
  if (filesToParse === 0) return 0;
  if (requested !== undefined) return requested;
  if (filesToParse < POOL_MIN_FILES || cores < 2) return 0;
  return Math.min(cores, MAX_WORKERS);
}

export function inlineParser(options: ParseOptions): ArticleParser {
  return {
    workers: 0,
    parse: async (file, bytes, clean) => parseArticle(file, bytes, options, clean),
    close: async () => {},
  };
}

const workerSource = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse-worker.ts');

/** Bundles parse-worker.ts and everything it imports into one ES module under `outDir`. */
export async function bundleParseWorker(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'parse-worker.mjs');
  await bundleForNode(workerSource, outfile);
  return outfile;
}

/** `entry` and everything it imports as one ES module for Node at `outfile`, as the workers load it (bench:pipeline times the parse in this form too). */
export async function bundleForNode(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Some dependencies are CommonJS and require() Node built-ins, which an ES module lacks.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

interface Job {
  file: string;
  worker: Worker;
  resolve: (result: ParsedArticle) => void;
  reject: (error: Error) => void;
}

export async function workerParser(options: ParseOptions, { workers, bundleDir }: { workers: number; bundleDir: string }): Promise<ArticleParser> {
  const script = await bundleParseWorker(bundleDir);
  const jobs = new Map<number, Job>();
  const busy = new Map<Worker, number>();
  let nextId = 0;

  const failJobsOf = (worker: Worker, reason: string) => {
    for (const [id, job] of jobs) {
      if (job.worker !== worker) continue;
      jobs.delete(id);
      job.reject(new Error(`parsing ${job.file}: ${reason}`));
    }
  };

  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(script, { workerData: options });
    busy.set(worker, 0);
    worker.on('message', (message: ParseResponse) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      busy.set(worker, busy.get(worker)! - 1);
      if ('result' in message) return job.resolve(message.result);
      const error = new Error(`parsing ${job.file} failed: ${message.crash.message}`);
      if (message.crash.stack) error.stack = `${error.message}\n${message.crash.stack}`;
      job.reject(error);
    });
    worker.on('error', (error) => failJobsOf(worker, `the parse worker failed (${error.message})`));
    worker.on('exit', (code) => failJobsOf(worker, `the parse worker stopped (exit code ${code})`));
    return worker;
  });

  return {
    workers,
    parse(file, bytes, clean) {
      const worker = pool.reduce((least, w) => (busy.get(w)! < busy.get(least)! ? w : least));
      return new Promise<ParsedArticle>((resolve, reject) => {
        const id = nextId++;
        jobs.set(id, { file, worker, resolve, reject });
        busy.set(worker, busy.get(worker)! + 1);
        worker.postMessage({ id, file, bytes, clean } satisfies ParseRequest);
      });
    },
    async close() {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}
