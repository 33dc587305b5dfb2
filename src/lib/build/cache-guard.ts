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
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCache, clearCache, SEAL_FILE, sealCache, type SealedFile } from './cache-seal.ts';
import { checkOutput, emptyOutput, isPage, OUTPUT_SEAL_FILE, pruneStaleOutput, recordedPages, sealOutput, settleOutput, type OutputSnapshot } from './kept-output.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export default function cacheGuard(): AstroIntegration {
  let dir: string | undefined;
  let outDir: string | undefined;
  let verified: Map<string, SealedFile> | undefined;
  let keptOutput: OutputSnapshot | undefined;
  return {
    name: 'news-cache-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        dir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        const started = performance.now();
        const check = checkCache(dir);
        if (check.state === 'damaged') {
          logger.warn(`the cache in ${dir} is not used: ${check.reason}. It is emptied and this build runs cold (${seconds(started)}).`);
          clearCache(dir);
        } else if (check.state === 'intact') {
          verified = check.verified;
          logger.info(`cache checked: ${check.files} files as sealed (${seconds(started)})`);
        }
        const output = check.state === 'intact' ? checkOutput(outDir, dir) : ({ keep: false, reason: 'the cache is not used' } as const);
        if (output.keep) {
          keptOutput = output.snapshot;
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
      'astro:build:done': ({ logger }) => {
        if (!dir || !outDir) return;
        const started = performance.now();
        let outputFiles: number;
        if (keptOutput) {
          const settled = settleOutput(outDir, dir, keptOutput, recordedPages(dir));
          if (settled.stale.length) logger.info(`${settled.stale.length} files of the last build that this one did not write were deleted (first: ${settled.stale[0]})`);
          outputFiles = settled.files;
        } else outputFiles = sealOutput(outDir, dir);
        const files = sealCache(dir, verified);
        logger.info(`cache sealed: ${files} files, output ${outputFiles} files (${seconds(started)})`);
      },
    },
  };
}
