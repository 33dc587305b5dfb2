/**
 * Astro integration that keeps a damaged cache from being served (see cache-seal.ts): before
 * a build it checks the cache folder against its seal and empties it when anything differs;
 * the seal is removed while the build runs and written again when the build has finished,
 * after every other integration (so it must be listed last), so a build that dies leaves an
 * unsealed, untrusted cache. The dev server is left alone.
 *
 * It also decides whether the output folder is kept (kept-output.ts): Astro is told not to
 * empty it (`vite.build.emptyOutDir: false` in astro.config.mjs), so this integration empties
 * it instead unless the cache is intact and the folder is exactly as the last build left it,
 * and after the build deletes what the last build left and this one did not write (pages as
 * soon as they are generated, so the search index never reads a stale one; the rest at the end).
 *
 * The folders are walked beside other work (tree-walk.ts): the cache from the moment the config
 * is read, while Astro goes on loading it (`cacheDir`, used only if the resolved config names the
 * same folder), and at the end the cache while this thread walks the output folder.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCache, clearCache, SEAL_FILE, sealCache, sealFileOf, type SealedFile } from './cache-seal.ts';
import { checkOutput, emptyOutput, isPage, OUTPUT_SEAL_FILE, outputSealFileOf, pruneStaleOutput, recordedPages, sealOutput, settleOutput, type OutputSnapshot } from './kept-output.ts';
import { basisOf, walkTreeInWorker, type BasisSource, type TreeListing } from './tree-walk.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * A folder walked in a worker from now on, on the basis its seal records (tree-walk.ts);
 * undefined as the listing when the walk failed (it is walked again when needed).
 */
function earlyWalk(folder: string, basis: BasisSource): { dir: string; listing: Promise<TreeListing | undefined> } {
  const dir = path.resolve(folder);
  return { dir, listing: walkTreeInWorker(dir, basis).catch(() => undefined) };
}

/** The value of `--outDir` on an `astro build` command line, if given. */
export function outDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--outDir') return argv[i + 1];
    if (argv[i]!.startsWith('--outDir=')) return argv[i]!.slice('--outDir='.length);
  }
  return undefined;
}

export default function cacheGuard(options: { cacheDir?: string } = {}): AstroIntegration {
  // `astro build` (not dev, nor a programmatic build, which walks when the hook runs): both folders
  // are read now, the output folder where the command line names it (Astro's default otherwise).
  const cacheDir = options.cacheDir && process.argv.includes('build') ? path.resolve(options.cacheDir) : undefined;
  const early = cacheDir ? earlyWalk(cacheDir, { recordFile: sealFileOf(cacheDir) }) : undefined;
  const earlyOutput = cacheDir ? earlyWalk(outDirArgument(process.argv) ?? 'dist', { recordFile: outputSealFileOf(cacheDir) }) : undefined;
  let dir: string | undefined;
  let outDir: string | undefined;
  let verified: Map<string, SealedFile> | undefined;
  let keptOutput: OutputSnapshot | undefined;
  /** The folders as the check walked them: the end's walks take them as their basis. */
  let cacheWalked: TreeListing | undefined;
  let outputWalked: TreeListing | undefined;
  return {
    name: 'news-cache-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        dir = path.resolve(fileURLToPath(config.cacheDir));
        outDir = fileURLToPath(config.outDir);
        const started = performance.now();
        const cacheListing = (early?.dir === dir && (await early.listing)) || undefined; // else checkCache walks
        // The output folder is walked meanwhile, if it was not already; it is used only if the cache is intact.
        const outputListing = earlyOutput?.dir === path.resolve(outDir) && early?.dir === dir ? earlyOutput.listing : walkTreeInWorker(outDir, { recordFile: outputSealFileOf(dir) }).catch(() => undefined);
        const check = checkCache(dir, cacheListing);
        cacheWalked = check.state === 'intact' ? check.listing : undefined;
        if (check.state === 'damaged') {
          logger.warn(`the cache in ${dir} is not used: ${check.reason}. It is emptied and this build runs cold (${seconds(started)}).`);
          clearCache(dir);
        } else if (check.state === 'intact') {
          verified = check.verified;
          logger.info(`cache checked: ${check.files} files as sealed (${seconds(started)})`);
        }
        const walkedOutput = await outputListing; // awaited either way: the folder may be emptied next
        const output = check.state === 'intact' ? checkOutput(outDir, dir, walkedOutput) : ({ keep: false, reason: 'the cache is not used' } as const);
        if (output.keep) {
          keptOutput = output.snapshot;
          outputWalked = output.listing;
          logger.info(`output folder kept: ${output.snapshot.size} files as the last build left them`);
        } else {
          const emptying = performance.now();
          emptyOutput(outDir);
          logger.info(`output folder emptied (${output.reason}; ${seconds(emptying)})`);
        }
        // Until the build has finished, neither the cache nor the output folder is vouched for.
        rmSync(path.join(dir, SEAL_FILE), { force: true });
        rmSync(path.join(dir, OUTPUT_SEAL_FILE), { force: true });
      },
      // Stale pages go as soon as Astro has written the pages, before the search index reads them.
      'astro:build:generated': ({ logger }) => {
        if (!dir || !outDir || !keptOutput) return;
        const stale = pruneStaleOutput(outDir, keptOutput, recordedPages(dir), isPage);
        if (stale.length) logger.info(`${stale.length} pages of the last build that this one did not write were deleted (first: ${stale[0]})`);
      },
      'astro:build:done': async ({ logger }) => {
        if (!dir || !outDir) return;
        const started = performance.now();
        // Every other integration has written its files: the cache is walked while this thread settles the output folder.
        const cacheListing = walkTreeInWorker(dir, cacheWalked && basisOf(cacheWalked));
        let outputFiles: number;
        if (keptOutput) {
          const settled = settleOutput(outDir, dir, keptOutput, recordedPages(dir), outputWalked && basisOf(outputWalked));
          if (settled.stale.length) logger.info(`${settled.stale.length} files of the last build that this one did not write were deleted (first: ${settled.stale[0]})`);
          outputFiles = settled.files;
        } else outputFiles = sealOutput(outDir, dir);
        // The record of the output was written into the cache folder during that walk: it is looked at again.
        const files = sealCache(dir, verified, await cacheListing, [OUTPUT_SEAL_FILE]);
        logger.info(`cache sealed: ${files} files, output ${outputFiles} files (${seconds(started)})`);
      },
    },
  };
}
