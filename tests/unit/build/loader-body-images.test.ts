/** The loader and body images: entries name their files, missing ones are content errors, the digest follows the files. */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyCache } from '../../../src/lib/build/body-cache.ts';
import { syncArticles } from '../../../src/lib/build/loader.ts';
import { ContentError } from '../../../src/lib/content/errors.ts';
import { bodyImageToken } from '../../../src/lib/markdown/rehype-body-images.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A project with content/ and public/, a stand-in for Astro's loader context, and a body cache. */
function setup(files: Record<string, string>) {
  const root = tempDir('loader-body-images-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const dir = path.join(root, 'content');
  const entries = new Map<string, any>();
  const meta = new Map<string, string>();
  const ctx = {
    store: { get: (id: string) => entries.get(id), set: (e: any) => (entries.set(e.id, e), true), keys: () => [...entries.keys()], delete: (id: string) => void entries.delete(id) },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    logger: { warn: () => {}, info: () => {} },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    parseData: async ({ data }: { data: any }) => data,
  } as any;
  const bodies = new BodyCache(tempDir('bodies-'));
  const opts = { contentDir: 'unused', cacheDir: 'unused', siteLang: 'en', includeDrafts: false, projectRoot: root, publicDir: path.join(root, 'public') };
  const sync = (names: string[]) => syncArticles(dir, names, opts, ctx, bodies);
  return { root, dir, entries, bodies, sync };
}

const story = (body: string, extra = '') => `---\ntitle: Story\n${extra}---\n\n${body}\n`;

describe('syncArticles: body images', () => {
  it('stores each local body image with its file for astro:assets, and the body with placeholders', async () => {
    const { entries, bodies, sync } = setup({
      'content/news/story.md': story('Text.\n\n![A quay](pics/quay.jpg)\n\n![Logo](/logo.png)\n\n![Far](https://img.example.net/far.jpg)'),
      'content/news/pics/quay.jpg': 'jpeg',
      'public/logo.png': 'png',
    });
    await sync(['news/story.md']);
    const data = entries.get('story').data;
    expect(data).toMatchObject({ bodyImages: ['pics/quay.jpg', '/logo.png'], bodyImageAssets: ['./pics/quay.jpg', null] });
    const html = bodies.read(data.bodyKey)!;
    expect(html).toContain(`<img src="${bodyImageToken(0)}" alt="A quay"`);
    expect(html).toContain(`<img src="${bodyImageToken(1)}" alt="Logo"`);
    expect(html).toContain('<img src="https://img.example.net/far.jpg"');
  });

  it('reports every body image found nowhere at its line in the file, with the main image\'s problem, in one run', async () => {
    const { entries, sync } = setup({
      'content/a.md': story('One.\n\n![Gone](gone.jpg)\n\nTwo.\n\n<img src="also/gone.png" alt="">', 'image: missing.jpg\n'),
      'content/b.md': story('Fine.'),
    });
    const error = await sync(['a.md', 'b.md']).catch((e) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['a.md', 3, 'image "missing.jpg" is neither beside the article nor in public/'],
      ['a.md', 8, 'body image "gone.jpg" is neither beside the article nor in public/'],
      ['a.md', 12, 'body image "also/gone.png" is neither beside the article nor in public/'],
    ]);
    expect((error as ContentError).message).toMatch(/a\.md:8: body image "gone\.jpg"[^\n]*\n\s+→ put the file next to the article/);
    expect(entries.has('a')).toBe(false);
  });

  it('parses an unchanged article again when a body image file appears or goes, and reuses it otherwise', async () => {
    const { dir, entries, sync } = setup({ 'content/a.md': story('![Pier](pier.jpg)'), 'public/pier.jpg': 'jpeg' });
    expect(await sync(['a.md'])).toMatchObject({ parsed: 1, reused: 0 });
    expect(entries.get('a').data.bodyImageAssets).toEqual([null]);
    const publicDigest = entries.get('a').digest;

    writeFileSync(path.join(dir, 'pier.jpg'), 'jpeg');
    expect(await sync(['a.md'])).toMatchObject({ parsed: 1, reused: 0 });
    expect(entries.get('a').data.bodyImageAssets).toEqual(['./pier.jpg']);
    expect(entries.get('a').digest).not.toBe(publicDigest);
    expect(await sync(['a.md'])).toMatchObject({ parsed: 0, reused: 1 });

    rmSync(path.join(dir, 'pier.jpg'));
    expect(await sync(['a.md'])).toMatchObject({ parsed: 1, reused: 0 });
    expect(entries.get('a').digest).toBe(publicDigest);
  });
});
