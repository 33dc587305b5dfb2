import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BodyCache } from '../../../src/lib/build/body-cache.ts';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { readDatedSlugs } from '../../../src/lib/content/dated-slugs.ts';
import { listArticleFiles, syncArticles as syncWith } from '../../../src/lib/build/loader.ts';
import { workerParser } from '../../../src/lib/build/parse-pool.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A stand-in for Astro's loader context, with Maps behind the stores. */
function fakeContext() {
  const entries = new Map<string, any>();
  const metaValues = new Map<string, string>();
  const warnings: string[] = [];
  return {
    entries,
    warnings,
    ctx: {
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: any) => (entries.set(entry.id, entry), true),
        keys: () => [...entries.keys()],
        delete: (id: string) => void entries.delete(id),
      },
      meta: {
        get: (k: string) => metaValues.get(k),
        set: (k: string, v: string) => void metaValues.set(k, v),
        has: (k: string) => metaValues.has(k),
        delete: (k: string) => void metaValues.delete(k),
      },
      logger: { warn: (m: string) => warnings.push(m), info: () => {} },
      generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
      parseData: async ({ data }: { data: any }) => data,
    } as any,
  };
}

function contentDir(files: Record<string, string>) {
  const dir = tempDir('loader-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const options = { contentDir: 'unused', cacheDir: 'unused', siteLang: 'en', includeDrafts: false };

/** Each fake context gets its own body cache, as each real build folder has. */
const caches = new WeakMap<object, BodyCache>();
function bodiesFor(ctx: object) {
  if (!caches.has(ctx)) caches.set(ctx, new BodyCache(tempDir('bodies-')));
  return caches.get(ctx)!;
}
const syncArticles = (dir: string, files: string[], opts: typeof options, ctx: any) => syncWith(dir, files, opts, ctx, bodiesFor(ctx));
const article = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nBody of ${title}.\n`;

describe('syncArticles', () => {
  it('stores one entry per article with its rendered HTML', async () => {
    const dir = contentDir({ 'a.md': article('Alpha'), 'b.txt': 'Beta\n\nBeta\n\nBody of beta.\n' });
    const { ctx, entries } = fakeContext();
    await syncArticles(dir, await listArticleFiles(dir), options, ctx);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a').rendered).toBeUndefined();
    expect(bodiesFor(ctx).read(entries.get('a').data.bodyKey)).toBe('<p>Body of Alpha.</p>');
  });

  it('does not parse or render a file again while its content is unchanged', async () => {
    const dir = contentDir({ 'a.md': article('Alpha'), 'b.md': article('Beta') });
    const { ctx } = fakeContext();
    const files = await listArticleFiles(dir);
    expect(await syncArticles(dir, files, options, ctx)).toMatchObject({ parsed: 2, reused: 0 });

    writeFileSync(path.join(dir, 'b.md'), article('Beta edited'));
    expect(await syncArticles(dir, files, options, ctx)).toMatchObject({ parsed: 1, reused: 1 });
  });

  it('renders an unchanged file again when its cached body is gone, and prunes bodies no entry uses', async () => {
    const dir = contentDir({ 'a.md': article('Alpha') });
    const { ctx, entries } = fakeContext();
    await syncArticles(dir, ['a.md'], options, ctx);
    const oldKey = entries.get('a').data.bodyKey;
    bodiesFor(ctx).prune(new Set());
    expect(await syncArticles(dir, ['a.md'], options, ctx)).toMatchObject({ parsed: 1, reused: 0 });

    writeFileSync(path.join(dir, 'a.md'), article('Alpha two'));
    await syncArticles(dir, ['a.md'], options, ctx);
    expect(bodiesFor(ctx).has(oldKey)).toBe(false);
    expect(bodiesFor(ctx).read(entries.get('a').data.bodyKey)).toBe('<p>Body of Alpha two.</p>');
  });

  it('lists each entry’s slug and date for the search step, drafts and removed files left out, and which the sync added or changed', async () => {
    const dir = contentDir({ 'a.md': article('Alpha', 'date: 2024-05-06\n'), 'b.md': article('Beta'), 'c.md': article('Gamma', 'draft: true\n') });
    const { ctx } = fakeContext();
    await syncArticles(dir, ['a.md', 'b.md', 'c.md'], options, ctx);
    const cacheDir = path.dirname(bodiesFor(ctx).dir);
    expect(readDatedSlugs(cacheDir)).toEqual([{ slug: 'a', date: '2024-05-06', changed: true }, { slug: 'b', date: null, changed: true }]);
    await syncArticles(dir, ['b.md'], options, ctx);
    expect(readDatedSlugs(cacheDir)).toEqual([{ slug: 'b', date: null }]);
    writeFileSync(path.join(dir, 'b.md'), article('Beta, revised'));
    await syncArticles(dir, ['b.md'], options, ctx);
    expect(readDatedSlugs(cacheDir)).toEqual([{ slug: 'b', date: null, changed: true }]);
  });

  it('drops entries whose file was removed', async () => {
    const dir = contentDir({ 'a.md': article('Alpha'), 'b.md': article('Beta') });
    const { ctx, entries } = fakeContext();
    await syncArticles(dir, ['a.md', 'b.md'], options, ctx);
    await syncArticles(dir, ['a.md'], options, ctx);
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('reports every bad file in one error, and two files with one slug by both names', async () => {
    const dir = contentDir({
      'one.md': article('One', 'slug: same\n'),
      'two.md': article('Two', 'slug: same\n'),
      'empty.md': '',
      'date.md': article('Dated', 'date: 2024-13-01\n'),
    });
    const { ctx } = fakeContext();
    const error = await syncArticles(dir, await listArticleFiles(dir), options, ctx).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => p.file)).toEqual(['date.md', 'empty.md', 'two.md']);
    expect(error.message).toMatch(/two\.md: slug "same" is already used by one\.md/);
    expect(error.message).toMatch(/^3 content problems in 3 files:/);
  });

  it('leaves drafts out unless asked to include them', async () => {
    const dir = contentDir({ 'd.md': article('Draft', 'draft: true\n') });
    const off = fakeContext();
    await syncArticles(dir, ['d.md'], options, off.ctx);
    expect(off.entries.size).toBe(0);
    const on = fakeContext();
    await syncArticles(dir, ['d.md'], { ...options, includeDrafts: true }, on.ctx);
    expect(on.entries.size).toBe(1);
  });
});

describe('listArticleFiles', () => {
  it('finds Markdown and text files in sub-folders, sorted, without hidden files', async () => {
    const dir = contentDir({ 'b.md': 'x', 'a.txt': 'x', 'notes.json': '{}', '.hidden.md': 'x' });
    expect(await listArticleFiles(dir)).toEqual(['a.txt', 'b.md']);
  });
});

describe('syncArticles: main images', () => {
  /** A project folder with public/, src/assets/ and content/; `files` are paths under it. */
  function project(files: Record<string, string>) {
    const root = tempDir('images-');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const dir = path.join(root, 'content');
    mkdirSync(dir, { recursive: true });
    return { root, dir, opts: { ...options, projectRoot: root, publicDir: path.join(root, 'public') } };
  }

  /** The fake context, recording what parseData saw and which image imports were named again. */
  function imageContext() {
    const fake = fakeContext();
    const parsedWith: { id: string; filePath?: string }[] = [];
    const named: string[][] = [];
    fake.ctx.parseData = async ({ id, data, filePath }: any) => (parsedWith.push({ id, filePath }), data);
    // Like Astro's store, which lists the images an entry imports.
    fake.ctx.store.set = (entry: any) => (fake.entries.set(entry.id, { ...entry, assetImports: entry.data.imageAsset ? [entry.data.imageAsset] : undefined }), true);
    fake.ctx.store.addAssetImports = (assets: string[]) => void named.push(assets);
    return { ...fake, parsedWith, named };
  }

  const withImage = (image: string) => article('Pictured', `image: ${image}\nimageAlt: A picture\n`);

  it('gives a file beside the article to astro:assets, relative to the article, and keeps `image` as written', async () => {
    const { dir, opts, root } = project({ 'content/news/a.md': withImage('pics/a.jpg'), 'content/news/pics/a.jpg': 'jpeg' });
    const { ctx, entries, parsedWith } = imageContext();
    await syncWith(dir, ['news/a.md'], opts, ctx, bodiesFor(ctx));
    const data = entries.get('a').data;
    expect(data).toMatchObject({ image: 'pics/a.jpg', imageAsset: './pics/a.jpg' });
    // image() resolves against filePath, which Astro reads as relative to the project root.
    expect(parsedWith).toEqual([{ id: 'a', filePath: path.join('content', 'news', 'a.md') }]);
    expect(entries.get('a').filePath).toBe(path.join('content', 'news', 'a.md'));
    expect(existsSync(path.resolve(root, 'content/news', data.imageAsset))).toBe(true);
  });

  it('finds src/assets/ paths in the project, and links public/ files and URLs as before', async () => {
    const { dir, opts, root } = project({
      'content/news/b.md': withImage('src/assets/b.png'),
      'src/assets/b.png': 'png',
      'content/c.md': withImage('/logo.png'),
      'public/logo.png': 'png',
      'content/d.md': withImage('https://img.example.net/d.jpg'),
      'content/e.md': withImage('ferry%20pier.jpg?v=2'),
      'public/ferry pier.jpg': 'jpeg',
    });
    const { ctx, entries } = imageContext();
    await syncWith(dir, await listArticleFiles(dir), opts, ctx, bodiesFor(ctx));
    const b = entries.get('b').data;
    expect(b.imageAsset).toBe('../../src/assets/b.png');
    expect(existsSync(path.resolve(root, 'content/news', b.imageAsset))).toBe(true);
    for (const slug of ['c', 'd', 'e']) expect(entries.get(slug).data.imageAsset, slug).toBeUndefined();
    expect(entries.get('d').data.image).toBe('https://img.example.net/d.jpg');
  });

  it('reports a local image found nowhere, or one that cannot be resized, at the line of its `image:` key', async () => {
    const { dir, opts } = project({
      'content/missing.md': withImage('pics/nowhere.jpg'),
      'content/outside.md': withImage('../secret.jpg'),
      'secret.jpg': 'jpeg',
      'content/vector.md': withImage('diagram.svg'),
      'content/diagram.svg': '<svg/>',
      'content/asset.md': withImage('src/assets/gone.png'),
    });
    const { ctx, entries } = imageContext();
    const error = await syncWith(dir, await listArticleFiles(dir), opts, ctx, bodiesFor(ctx)).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['asset.md', 3],
      ['missing.md', 3],
      ['outside.md', 3],
      ['vector.md', 3],
    ]);
    expect(problems[1]).toMatchObject({ message: expect.stringContaining('"pics/nowhere.jpg" is neither beside the article nor in public/'), hint: expect.stringContaining('next to the article') });
    expect(problems[3]!.message).toMatch(/cannot be resized/);
    expect(entries.size).toBe(0);
  });

  it('parses an unchanged article again when its image file appears, and names a kept entry\'s image again', async () => {
    const { dir, opts } = project({ 'content/a.md': withImage('a.jpg'), 'public/a.jpg': 'jpeg' });
    const { ctx, entries, named } = imageContext();
    const sync = () => syncWith(dir, ['a.md'], opts, ctx, bodiesFor(ctx));
    expect(await sync()).toMatchObject({ parsed: 1, reused: 0 });
    expect(entries.get('a').data.imageAsset).toBeUndefined();

    writeFileSync(path.join(dir, 'a.jpg'), 'jpeg');
    expect(await sync()).toMatchObject({ parsed: 1, reused: 0 });
    expect(entries.get('a').data.imageAsset).toBe('./a.jpg');
    expect(bodiesFor(ctx).has(entries.get('a').data.bodyKey)).toBe(true);

    expect(await sync()).toMatchObject({ parsed: 0, reused: 1 });
    expect(named).toEqual([['./a.jpg']]);
  });
});

describe('syncArticles with worker threads', () => {
  it('stores the same entries, problems and order as parsing inline', async () => {
    const files = {
      'a.md': article('Alpha', 'tags: [One]\n'),
      'b.txt': 'Beta\n\nBeta\n\nBody of beta.\n',
      'c.md': article('Gamma', 'slug: a\n'), // a.md's slug: the first file in order keeps it
      'd.md': '---\ntitle: Broken\nwhen: soon\n---\n\nText.\n',
    };
    const run = async (makeParser?: Parameters<typeof syncWith>[5]) => {
      const dir = contentDir(files);
      const { ctx, entries } = fakeContext();
      const error = await syncWith(dir, await listArticleFiles(dir), options, ctx, bodiesFor(ctx), makeParser).catch((e) => e);
      const clean = [...entries.values()].map(({ id, data }) => ({ id, title: data.title, file: data.file }));
      return { problems: (error as ContentError).problems, entries: clean };
    };
    const bundleDir = tempDir('parse-worker-');
    const pooled = await run(() => workerParser({ siteLang: 'en' }, { workers: 2, bundleDir }));
    expect(pooled).toEqual(await run());
    expect(pooled.entries.map((e) => e.file)).toEqual(['a.md', 'b.txt']);
    expect(pooled.problems.map((p: { file: string }) => p.file)).toEqual(['c.md', 'd.md']);
  }, 60_000);
});
