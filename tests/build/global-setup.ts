import type { TestProject } from 'vitest/node';
import { tempDirSet } from '../helpers/temp-dir.ts';
import { buildFixtureSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}

/** One production build of the fixture site for all tests that read its output; removed after them. */
export default function setup(project: TestProject) {
  const dirs = tempDirSet();
  try {
    const { outDir } = buildFixtureSite(dirs.make);
    project.provide('siteDist', outDir);
  } catch (error) {
    dirs.removeAll();
    throw error;
  }
  return dirs.removeAll;
}
