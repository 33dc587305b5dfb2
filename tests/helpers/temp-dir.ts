/**
 * Temporary folders for tests, under the system's temporary folder, each removed once the
 * tests are done with it, so that a run leaves nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** Makes a new empty folder `<prefix>XXXXXX`; the caller removes it (with `removeDir`). */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Removes a folder and all it holds; a folder already gone is fine. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A new empty folder, removed when the test that made it finishes: call it inside a test. */
export function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  onTestFinished(() => removeDir(dir));
  return dir;
}

/** Makes a new empty folder from a name prefix. */
export type MakeDir = (prefix: string) => string;

/** Folders made by `make`, all removed by `removeAll`: for a globalSetup, which has no test hooks. */
export function tempDirSet(): { make: MakeDir; removeAll: () => void } {
  const made: string[] = [];
  return {
    make: (prefix) => {
      const dir = makeTempDir(prefix);
      made.push(dir);
      return dir;
    },
    removeAll: () => {
      for (const dir of made.splice(0)) removeDir(dir);
    },
  };
}

/**
 * For folders that outlive one test, shared by the tests of a describe block (or of a file):
 * call it in the describe body (or at the top of the file). The function it gives makes
 * folders, there or in a beforeAll, and all of them are removed after the block's last test.
 * The removal is registered here, up front: an afterAll registered inside a beforeAll never runs.
 */
export function suiteTempDirs(): MakeDir {
  const dirs = tempDirSet();
  afterAll(dirs.removeAll);
  return dirs.make;
}
