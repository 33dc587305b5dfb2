import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}

/** One production build of the fixture site for all tests that read its output. */
export default function setup(project: TestProject) {
  const { outDir } = buildFixtureSite();
  project.provide('siteDist', outDir);
}
