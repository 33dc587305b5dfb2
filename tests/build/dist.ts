/** Reading the built fixture site from tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export function distDir(): string {
  return inject('siteDist');
}

/** Contents of a built file, by its path under dist/ (without the base path). */
export function readDist(file: string): string {
  return readFileSync(path.join(distDir(), file), 'utf8');
}
