/**
 * Astro integration that keeps a damaged cache from being served (see cache-seal.ts): before
 * a build it checks the cache folder against its seal and empties it when anything differs;
 * the seal is removed while the build runs and written again when the build has finished,
 * after every other integration (so it must be listed last), so a build that dies leaves an
 * unsealed, untrusted cache. The dev server is left alone.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCache, clearCache, SEAL_FILE, sealCache } from './cache-seal.ts';

export default function cacheGuard(): AstroIntegration {
  let dir: string | undefined;
  return {
    name: 'news-cache-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        dir = fileURLToPath(config.cacheDir);
        const started = performance.now();
        const check = checkCache(dir);
        const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
        if (check.state === 'damaged') {
          logger.warn(`the cache in ${dir} is not used: ${check.reason}. It is emptied and this build runs cold (${took}).`);
          clearCache(dir);
        } else if (check.state === 'intact') {
          logger.info(`cache checked: ${check.files} files as sealed (${took})`);
        }
        rmSync(path.join(dir, SEAL_FILE), { force: true });
      },
      'astro:build:done': ({ logger }) => {
        if (!dir) return;
        const started = performance.now();
        const files = sealCache(dir);
        logger.info(`cache sealed: ${files} files (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
