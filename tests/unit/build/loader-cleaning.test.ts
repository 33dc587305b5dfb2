import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, fakeContext, prose } from './loader-doubles.ts';
import { BodyCache } from '../../../src/lib/build/body-cache.ts';
import { listArticleFiles, listOverridesFiles, syncArticles } from '../../../src/lib/build/loader.ts';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { tempDir } from '../../helpers/temp-dir.ts';


function site(files: Record<string, string>) {
  const dir = tempDir('loader-clean-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function sync(dir: string, ctx: any, bodies: BodyCache) {
  const options = { contentDir: dir, cacheDir: 'unused', siteLang: 'en', includeDrafts: false, overridesFiles: await listOverridesFiles(dir) };
  return syncArticles(dir, await listArticleFiles(dir), options, ctx, bodies);
}
const html = (_dir: string, entry: any, bodies: BodyCache) => bodies.read(entry.digest) ?? '';

describe('the site template across a folder of dumps', () => {
  const files = { 'a.txt': dump('Bridge', 1), 'b.txt': dump('Library', 2), 'c.txt': dump('Market', 3), 'd.txt': dump('School', 4) };

  it('removes lines that recur across the folder, keeps each story, and sums one summary line', async () => {
    const dir = site(files);
    const { ctx, entries } = fakeContext();
    const bodies = new BodyCache(tempDir('bodies-'));
    const result = await sync(dir, ctx, bodies);
    const page = html(dir, entries.get('a'), bodies);
    expect(page).toContain('bridge committee');
    expect(page).not.toContain('Valley Gazette front desk');
    expect(page).not.toContain('Support the Valley Gazette');
    expect(result.cleaning).toMatch(/^cleaning: 4 dumps cleaned; 0 comment forms \(0 lines\), 8 template lines, 0 boilerplate lines removed/);
    // Built again with nothing changed: the same counts, said to be the cached ones.
    const again = await sync(dir, ctx, bodies);
    expect(again.cleaning).toMatch(/^cleaning: 4 dumps, 0 of them cleaned in this build \(the others as when they were cleaned\); 0 comment forms \(0 lines\), 8 template lines/);
  });

  it('is the same whatever order the files come in', async () => {
    const a = site(files);
    const b = site(Object.fromEntries(Object.entries(files).reverse()));
    const one = fakeContext();
    const two = fakeContext();
    await sync(a, one.ctx, new BodyCache(tempDir('bodies-')));
    const files2 = (await listArticleFiles(b)).reverse();
    await syncArticles(b, files2, { contentDir: b, cacheDir: 'unused', siteLang: 'en', includeDrafts: false }, two.ctx, new BodyCache(tempDir('bodies-')));
    for (const id of one.entries.keys()) expect(two.entries.get(id)?.digest).toBe(one.entries.get(id)?.digest);
  });

  it('re-cleans exactly the dumps whose template lines changed', async () => {
    const dir = site({ ...files, 'e.txt': dump('Harbour', 5, 'A line of its own') });
    const { ctx, entries } = fakeContext();
    const bodies = new BodyCache(tempDir('bodies-'));
    await sync(dir, ctx, bodies);
    const before = new Map([...entries].map(([id, e]) => [id, e.digest]));
    // A fifth dump with the footer makes no change to the template set; a changed footer in one does:
    // "Support the Valley Gazette today" is now in 3 of 5 dumps, still template; the new footer is in 2, not.
    writeFileSync(path.join(dir, 'd.txt'), dump('School', 4, 'Read the Valley Gazette weekend edition'));
    writeFileSync(path.join(dir, 'e.txt'), dump('Harbour', 5, 'Read the Valley Gazette weekend edition'));
    const second = await sync(dir, ctx, bodies);
    expect(second).toMatchObject({ parsed: 2, reused: 3 });
    for (const id of ['a', 'b', 'c']) expect(entries.get(id).digest).toBe(before.get(id));
    // A third dump with the new footer makes it template, and leaves the old one in two dumps, no longer
    // template: each of the five now depends on a changed line, so all five are cleaned again.
    writeFileSync(path.join(dir, 'c.txt'), dump('Market', 3, 'Read the Valley Gazette weekend edition'));
    const third = await sync(dir, ctx, bodies);
    expect(third).toMatchObject({ parsed: 5, reused: 0 });
    expect(html(dir, entries.get('e'), bodies)).not.toContain('weekend edition');
  });
});

describe('the site template across the dumps of one source host', () => {
  /** A dump that names the page it was saved from, as its second line. */
  const fromSite = (url: string, title: string, n: number, footer?: string) => dump(title, n, footer).replace(`${title}\n\n`, `${title}\nSource: ${url}\n\n`);
  // One site's dumps in three folders (one each): no folder holds a line three times, the host does.
  const files = {
    'bridge/a.txt': fromSite('https://www.valley-gazette.example/news/bridge', 'Bridge', 1),
    'library/b.txt': fromSite('https://valley-gazette.example/culture/library', 'Library', 2),
    'market/c.txt': fromSite('https://valley-gazette.example/market', 'Market', 3),
    'school/d.txt': dump('School', 4),
  };

  it('removes the lines that recur across one host\'s dumps, whatever folders they stand in', async () => {
    const dir = site(files);
    const { ctx, entries } = fakeContext();
    const bodies = new BodyCache(tempDir('bodies-'));
    await sync(dir, ctx, bodies);
    for (const [id, story] of [['a', 'bridge committee'], ['b', 'library committee'], ['c', 'market committee']] as const) {
      const page = html(dir, entries.get(id), bodies);
      expect(page).toContain(story);
      expect(page).not.toContain('Valley Gazette front desk');
    }
    // The dump that names no source is alone in its folder: nothing of it is template.
    expect(html(dir, entries.get('d'), bodies)).toContain('Valley Gazette front desk');
  });

  it('is the same whatever order the files come in, and re-cleans exactly the dumps whose host template changed', async () => {
    const a = site(files);
    const one = fakeContext();
    const bodies = new BodyCache(tempDir('bodies-'));
    await sync(a, one.ctx, bodies);
    const two = fakeContext();
    const listed = (await listArticleFiles(a)).reverse();
    await syncArticles(a, listed, { contentDir: a, cacheDir: 'unused', siteLang: 'en', includeDrafts: false }, two.ctx, new BodyCache(tempDir('bodies-')));
    for (const id of one.entries.keys()) expect(two.entries.get(id)?.digest).toBe(one.entries.get(id)?.digest);

    // The school dump now names the same site: the host's template is unchanged for the three
    // (their lines were template already), and the school dump itself is cleaned with it.
    const before = new Map([...one.entries].map(([id, e]) => [id, e.digest]));
    writeFileSync(path.join(a, 'school/d.txt'), fromSite('https://valley-gazette.example/school', 'School', 4));
    const second = await sync(a, one.ctx, bodies);
    expect(second).toMatchObject({ parsed: 1, reused: 3 });
    for (const id of ['a', 'b', 'c']) expect(one.entries.get(id).digest).toBe(before.get(id));
    expect(html(a, one.entries.get('d'), bodies)).not.toContain('Valley Gazette front desk');
  });
});

describe('the cleaning overrides file', () => {
  it('keeps a line the rules remove and removes one they keep, for the folder it sits in', async () => {
    const dir = site({
      'a.txt': `Bridge\n\n${prose('bridge', 1)}\n\nPhoto: Ana Ruiz\n\n${prose('river', 2)}\n\nThe mayor spoke.\n`,
      'cleaning.txt': '# what this site needs\nkeep: Photo: Ana Ruiz\nremove: The mayor spoke.\n',
    });
    const { ctx, entries } = fakeContext();
    const bodies = new BodyCache(tempDir('bodies-'));
    await sync(dir, ctx, bodies);
    expect(await listArticleFiles(dir)).toEqual(['a.txt']);
    const page = html(dir, entries.get('a'), bodies);
    expect(page).toContain('Photo: Ana Ruiz');
    expect(page).not.toContain('The mayor spoke.');
  });

  it('reports a line it cannot read, with the file and the line', async () => {
    const dir = site({ 'a.txt': `Bridge\n\n${prose('bridge', 1)}\n`, 'cleaning.txt': 'keep: fine\nplease keep the captions\n' });
    const { ctx } = fakeContext();
    const error = await sync(dir, ctx, new BodyCache(tempDir('bodies-'))).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain('cleaning.txt:2');
  });
});
