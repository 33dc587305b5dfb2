import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { withSortedPages } from '../../../src/lib/build/sitemap-order.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const paths = ['page/10/', 'articles/b/', '', 'page/2/', 'articles/a/', 'tags/x/', 'page/1/', 'articles/ä/'];
const pages = () => paths.map((pathname) => ({ pathname }));
const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} };

type Hooks = AstroIntegration['hooks'];
async function runSitemap(integration: AstroIntegration): Promise<string> {
  const dir = tempDir('sitemap-');
  const hooks = integration.hooks as Required<Hooks>;
  await (hooks['astro:routes:resolved'] as any)({ routes: [], logger });
  await (hooks['astro:config:done'] as any)({ config: { site: 'https://example.org', base: '/news/', trailingSlash: 'always', build: { format: 'directory' } }, logger });
  await (hooks['astro:build:done'] as any)({ dir: pathToFileURL(dir + '/'), pages: pages(), routes: [], logger });
  expect(readdirSync(dir).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
  return readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8');
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

describe('withSortedPages', () => {
  it('hands the build-done hook the pages in the sitemap’s order, numbers by value, and leaves the rest alone', async () => {
    let seen: string[] = [];
    const setup = () => {};
    const inner: AstroIntegration = { name: 'probe', hooks: { 'astro:config:setup': setup, 'astro:build:done': ({ pages: got }) => void (seen = got.map((p) => p.pathname)) } };
    const wrapped = withSortedPages(inner);
    expect(wrapped.name).toBe('probe');
    expect(wrapped.hooks['astro:config:setup']).toBe(setup);
    const given = pages();
    await (wrapped.hooks['astro:build:done'] as any)({ dir: new URL('file:///tmp/'), pages: given, routes: [], logger });
    // By the encoded URL, as the sitemap sorts: articles/%C3%A4/ before articles/a/.
    expect(seen).toEqual(['', 'articles/ä/', 'articles/a/', 'articles/b/', 'page/1/', 'page/2/', 'page/10/', 'tags/x/']);
    // The caller's array is not reordered (other integrations get the pages as Astro gave them).
    expect(given.map((p) => p.pathname)).toEqual(paths);
  });

  it('writes the same sitemap as @astrojs/sitemap alone, in the order it was handed', async () => {
    const plain = await runSitemap(sitemap());
    const sorted = await runSitemap(withSortedPages(sitemap()));
    expect(sorted).toBe(plain);
    expect(locs(sorted)).toEqual(['https://example.org/news/', 'https://example.org/news/articles/%C3%A4/', 'https://example.org/news/articles/a/', 'https://example.org/news/articles/b/', 'https://example.org/news/page/1/', 'https://example.org/news/page/2/', 'https://example.org/news/page/10/', 'https://example.org/news/tags/x/']);
  });

  it('returns an integration without a build-done hook as it is', () => {
    const none: AstroIntegration = { name: 'none', hooks: {} };
    expect(withSortedPages(none)).toBe(none);
  });
});
