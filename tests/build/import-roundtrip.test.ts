/**
 * An imported dump must build into the same article page as the dump itself. The fixture
 * site (built by globalSetup) reads the dumps directly; here their imported Markdown is
 * built as a second site, and the two article pages are compared part by part.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as importMain } from '../../src/lib/import/cli.ts';
import { suiteTempDirs } from '../helpers/temp-dir.ts';
import { buildSite, freshDirs, FIXTURE_SITE } from './build-site.ts';
import { readDist } from './dist.ts';

const DUMPS = ['007_aa11bb22cc33dd44.txt', '008_ee55ff66aa77bb88.txt'];
const SLUGS = ['night-buses-return-to-the-river-route', 'vecinos-plantan-doscientos-arboles-en-el-parque-del-rio'];

/** The parts of an article page that come from the article itself. */
function articleParts(html: string) {
  const pick = (re: RegExp) => html.match(re)?.[0] ?? null;
  return {
    lang: pick(/<article[^>]*lang="[^"]+"/)?.replace(/^.*lang=/, ''),
    h1: pick(/<h1[^>]*>[\s\S]*?<\/h1>/),
    time: pick(/<time datetime="[^"]+">[^<]*<\/time>/),
    image: pick(/<img class="main-image"[^>]*>/),
    body: pick(/<div class="body"[^>]*>[\s\S]*?<\/div>/),
  };
}

describe('imported dumps', () => {
  let importedDist = '';
  let written: string[] = [];
  const tempDir = suiteTempDirs();

  beforeAll(async () => {
    const content = tempDir('imported-');
    const silent = { write: () => true };
    const code = await importMain(['--out', content, ...DUMPS.map((f) => path.join(FIXTURE_SITE, f))], {
      stdout: silent,
      stderr: Object.assign(silent, { isTTY: false }) as never,
    });
    expect(code).toBe(0);
    written = readdirSync(content);
    importedDist = buildSite(content, {}, freshDirs(tempDir)).outDir;
  });

  it('are written as Markdown files named by their slugs', () => {
    expect(written.sort()).toEqual(SLUGS.map((s) => `${s}.md`).sort());
  });

  it.each(SLUGS)('build into the same article page as the dump: %s', (slug) => {
    const fromDump = articleParts(readDist(`articles/${slug}/index.html`));
    const fromImport = articleParts(readFileSync(path.join(importedDist, `articles/${slug}/index.html`), 'utf8'));
    expect(fromDump.body).toBeTruthy();
    expect(fromImport).toEqual(fromDump);
  });
});
