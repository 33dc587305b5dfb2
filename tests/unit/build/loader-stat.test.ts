// The loader's stat-first pre-check (file-record.ts): files whose size and times are as the last
// sync recorded are not read, and what is reused is always what a cold sync would make.
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, fakeContext } from './loader-doubles.ts';
import { BodyCache } from '../../../src/lib/build/body-cache.ts';
import { RECORD_FILE } from '../../../src/lib/build/file-record.ts';
import { listArticleFiles, listOverridesFiles, syncArticles } from '../../../src/lib/build/loader.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const article = (title: string, body = `Body of ${title}.`) => `---\ntitle: ${title}\n---\n\n${body}\n`;

const HOUR_AGO = Date.now() / 1000 - 3600;
/** Writes a file with a time an hour back, so the record trusts its signature (file-record.ts RACY_MS). */
function put(dir: string, name: string, text: string, time = HOUR_AGO) {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
  utimesSync(path.join(dir, name), time, time);
}

function site(files: Record<string, string>) {
  const dir = tempDir('loader-stat-');
  for (const [name, text] of Object.entries(files)) put(dir, name, text);
  return dir;
}

/** One build folder: a context and a body cache that live from sync to sync. */
function build() {
  const { ctx, entries } = fakeContext();
  const bodies = new BodyCache(tempDir('bodies-'));
  const sync = async (dir: string) => {
    const options = { contentDir: dir, cacheDir: 'unused', siteLang: 'en', includeDrafts: false, overridesFiles: await listOverridesFiles(dir) };
    return syncArticles(dir, await listArticleFiles(dir), options, ctx, bodies);
  };
  const digests = () => Object.fromEntries([...entries].map(([id, e]) => [id, e.digest]));
  return { sync, entries, bodies, digests, cacheDir: path.dirname(bodies.dir) };
}

/** What a cold sync of the folder as it is now makes. */
async function coldDigests(dir: string) {
  const cold = build();
  await cold.sync(dir);
  return cold.digests();
}

const dumps = { 'gazette/a.txt': dump('Bridge', 1), 'gazette/b.txt': dump('Library', 2), 'gazette/c.txt': dump('Market', 3), 'gazette/d.txt': dump('School', 4) };

describe('syncArticles: the stat-first pre-check', () => {
  it('reads no file when nothing changed, and reuses every entry', async () => {
    const dir = site({ ...dumps, 'notes/one.md': article('One') });
    const b = build();
    expect(await b.sync(dir)).toMatchObject({ parsed: 5, read: 5 });
    const before = b.digests();
    expect(await b.sync(dir)).toMatchObject({ parsed: 0, reused: 5, read: 0 });
    expect(b.digests()).toEqual(before);
  });

  it('reads a touched file again but parses nothing when its bytes are the same', async () => {
    const dir = site({ ...dumps, 'notes/one.md': article('One') });
    const b = build();
    await b.sync(dir);
    const before = b.digests();
    utimesSync(path.join(dir, 'gazette/b.txt'), HOUR_AGO + 60, HOUR_AGO + 60);
    expect(await b.sync(dir)).toMatchObject({ parsed: 0, reused: 5, read: 1 });
    expect(b.digests()).toEqual(before);
    // Its new signature is recorded: the next sync reads nothing.
    expect(await b.sync(dir)).toMatchObject({ read: 0 });
  });

  it('reads only an edited Markdown article, not the dumps beside it', async () => {
    const dir = site({ ...dumps, 'gazette/one.md': article('One') });
    const b = build();
    await b.sync(dir);
    put(dir, 'gazette/one.md', article('One', 'A longer body of One, edited.'), HOUR_AGO + 60);
    expect(await b.sync(dir)).toMatchObject({ parsed: 1, reused: 4, read: 1 });
    expect(b.digests()).toEqual(await coldDigests(dir));
  });

  it('reads every file when a dump changed (templates span folders by source host), and re-cleans the dumps whose template changed', async () => {
    const dir = site({ ...dumps, 'gazette/e.txt': dump('Harbour', 5, 'A line of its own'), 'herald/x.txt': dump('Quay', 9), 'notes/one.md': article('One') });
    const b = build();
    await b.sync(dir);
    const before = b.digests();
    // A third dump with the new footer makes it template and the old one (now in 2 of 5) not: all five gazette dumps change.
    for (const [name, title, n] of [['c', 'Market', 3], ['d', 'School', 4], ['e', 'Harbour', 5]] as const) put(dir, `gazette/${name}.txt`, dump(title, n, 'Read the Valley Gazette weekend edition'), HOUR_AGO + 60);
    expect(await b.sync(dir)).toMatchObject({ parsed: 5, reused: 2, read: 7 });
    expect(b.digests()).toEqual(await coldDigests(dir));
    expect(b.digests().x).toBe(before.x);
    expect(b.digests().one).toBe(before.one);
  });

  it('re-cleans a dump in another folder whose source host shares a changed template line', async () => {
    // One dump per folder, three folders, one host: the footer is template by host only (3 dumps of it).
    const hosted = (title: string, n: number, footer?: string) => `Source: https://gazette.example/${n}\n\n${dump(title, n, footer)}`;
    const dir = site({ 'x/a.txt': hosted('Bridge', 1), 'y/b.txt': hosted('Library', 2), 'z/c.txt': hosted('Market', 3) });
    const b = build();
    await b.sync(dir);
    const before = b.digests();
    put(dir, 'z/c.txt', hosted('Market', 3, 'A footer of its own'), HOUR_AGO + 60);
    await b.sync(dir);
    expect(b.digests()).toEqual(await coldDigests(dir));
    expect(b.digests().a).not.toBe(before.a);
  });

  it('cleans a folder again when one of its dumps is removed', async () => {
    const three = { 'gazette/a.txt': dump('Bridge', 1), 'gazette/b.txt': dump('Library', 2), 'gazette/c.txt': dump('Market', 3) };
    const dir = site({ ...three, 'notes/one.md': article('One') });
    const b = build();
    await b.sync(dir);
    const before = b.digests();
    // With two dumps left, no line is in the three a template needs (TEMPLATE_MIN_DUMPS): both are cleaned again.
    rmSync(path.join(dir, 'gazette/c.txt'));
    expect(await b.sync(dir)).toMatchObject({ parsed: 2, reused: 1, read: 3 });
    const after = b.digests();
    expect(after).toEqual(await coldDigests(dir));
    expect(after.c).toBeUndefined();
    expect(after.a).not.toBe(before.a);
  });

  it('finds a rewrite that kept the size and set the modification time back', async () => {
    const dir = site({ 'notes/one.md': article('One', 'Body AAAA.') });
    const b = build();
    await b.sync(dir);
    put(dir, 'notes/one.md', article('One', 'Body BBBB.'));
    expect(statSync(path.join(dir, 'notes/one.md')).mtimeMs).toBe(HOUR_AGO * 1000);
    expect(await b.sync(dir)).toMatchObject({ parsed: 1, read: 1 });
    expect(b.bodies.read(b.entries.get('one').digest)).toContain('BBBB');
  });

  it('reads every file again when an overrides file changes, or when the record is gone', async () => {
    const dir = site({ ...dumps, 'gazette/cleaning.txt': '# nothing yet\n' });
    const b = build();
    await b.sync(dir);
    put(dir, 'gazette/cleaning.txt', 'keep: Valley Gazette front desk\n', HOUR_AGO + 60);
    expect(await b.sync(dir)).toMatchObject({ parsed: 4, read: 4 });
    expect(b.bodies.read(b.entries.get('a').digest)).toContain('Valley Gazette front desk');
    expect(b.digests()).toEqual(await coldDigests(dir));
    rmSync(path.join(b.cacheDir, RECORD_FILE));
    expect(await b.sync(dir)).toMatchObject({ parsed: 0, read: 4 });
  });

  it('parses a reused-by-size file again when its stored entry or body is gone', async () => {
    const dir = site({ 'notes/one.md': article('One') });
    const b = build();
    await b.sync(dir);
    for (const name of readdirSync(b.bodies.dir)) rmSync(path.join(b.bodies.dir, name));
    expect(await b.sync(dir)).toMatchObject({ parsed: 1, read: 1 });
    b.entries.clear();
    expect(await b.sync(dir)).toMatchObject({ parsed: 1, read: 1 });
    expect(b.bodies.read(b.entries.get('one').digest)).toContain('Body of One');
  });
});
