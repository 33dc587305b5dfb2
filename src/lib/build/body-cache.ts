/**
 * Rendered article bodies live in files beside Astro's content store, named by the digest
 * of their source, instead of inside the store. Astro bundles the whole store into one JS
 * module at build time; with every body in it, that module grows with the archive and is
 * re-bundled on every build. Pages read a body when they render it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export class BodyCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, 'article-bodies');
  }

  private file(key: string): string {
    if (!/^[\w-]+$/.test(key)) throw new Error(`invalid body key "${key}"`);
    return path.join(this.dir, `${key}.html`);
  }

  private made = false;
  /** The bodies in the folder, listed at the first `has` (one listing instead of a check per entry, 10,000 in a no-change sync). */
  private present: Set<string> | undefined;

  /** Asynchronous, so a cold build's thousands of writes do not hold up the loader's thread. */
  write(key: string, html: string): Promise<void> {
    if (!this.made) mkdirSync(this.dir, { recursive: true });
    this.made = true;
    this.present?.add(key);
    return writeFile(this.file(key), html);
  }

  /** The body, or undefined when it is not cached (then the entry must be rendered again). */
  read(key: string): string | undefined {
    try {
      return readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
  }

  has(key: string): boolean {
    this.file(key); // the key's check
    if (!this.present) {
      this.present = new Set();
      try {
        for (const name of readdirSync(this.dir)) if (name.endsWith('.html')) this.present.add(name.slice(0, -'.html'.length));
      } catch {}
    }
    return this.present.has(key);
  }

  /** Removes bodies no entry refers to any more. */
  prune(keep: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const key = name.replace(/\.html$/, '');
      if (keep.has(key)) continue;
      rmSync(path.join(this.dir, name), { force: true });
      this.present?.delete(key);
    }
  }
}
