import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFolder, checkPartCount, publishedAsPlanned, readPages } from '../../../src/lib/search/integration.ts';
import { partManifest } from '../../../src/lib/search/parts.ts';
import { MAX_MERGED_PARTS } from '../../../src/lib/search/merge.ts';
import { createRoutes } from '../../../src/lib/site/urls.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('articleFolder', () => {
  it('is the folder of the article pages, relative to the output directory', () => {
    expect(articleFolder()).toBe('articles/');
  });

  it('holds the file an article URL is built to, whatever the base path', () => {
    // format: 'directory' writes /articles/<slug>/ to articles/<slug>/index.html.
    const file = `${createRoutes('/').article('ferry-strike').slice(1)}index.html`;
    expect(file).toBe(`${articleFolder()}ferry-strike/index.html`);
    expect(createRoutes('/news/').article('ferry-strike')).toBe(`/news/${articleFolder()}ferry-strike/`);
  });
});

describe('checkPartCount', () => {
  it('accepts as many parts as the search page can rank apart', () => {
    expect(() => checkPartCount(MAX_MERGED_PARTS + 1, (MAX_MERGED_PARTS + 1) * 5000, 5000)).not.toThrow();
  });

  it('fails the build with the part size that would fit, instead of a search page that cannot rank the parts', () => {
    const articles = (MAX_MERGED_PARTS + 2) * 5000;
    const fits = Math.ceil(articles / (MAX_MERGED_PARTS + 1));
    expect(() => checkPartCount(MAX_MERGED_PARTS + 2, articles, 5000)).toThrow(new RegExp(`Set SEARCH_PART_SIZE to at least ${fits}\\b`));
  });
});

describe('readPages', () => {
  const HOUR_AGO = Date.now() / 1000 - 3600;
  const page = (date: string, word: string) => `<html><body data-pagefind-body data-search-date="${date}"><p>${word}</p></body></html>`;
  function dist(pages: Record<string, string>) {
    const dir = tempDir('pages-');
    for (const [slug, html] of Object.entries(pages)) {
      mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
      const file = path.join(dir, 'articles', slug, 'index.html');
      writeFileSync(file, html);
      utimesSync(file, HOUR_AGO, HOUR_AGO);
    }
    return dir;
  }
  const counting = () => {
    const reads: string[] = [];
    return { reads, read: (file: string) => (reads.push(path.basename(path.dirname(file))), readFileSync(file, 'utf8')) };
  };

  it('reads a page once, then takes its date and hash from the record while its size and times hold', () => {
    const dir = dist({ a: page('2024-01-02', 'ferry'), b: page('2023-05-06', 'harbour') });
    const record = path.join(dir, 'pages.json');
    const first = counting();
    const one = readPages(dir, ['a', 'b'], record, first.read);
    expect(first.reads.sort()).toEqual(['a', 'b']);
    expect(one.get('a')!.date).toBe('2024-01-02');
    const second = counting();
    expect(readPages(dir, ['a', 'b'], record, second.read)).toEqual(one);
    expect(second.reads).toEqual([]);
  });

  it('reads a page again when it was rewritten, even to the same size with its old modification time', () => {
    const dir = dist({ a: page('2024-01-02', 'ferry') });
    const record = path.join(dir, 'pages.json');
    const before = readPages(dir, ['a'], record).get('a')!;
    const file = path.join(dir, 'articles', 'a', 'index.html');
    writeFileSync(file, page('2024-01-02', 'fairy'));
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    const again = counting();
    const after = readPages(dir, ['a'], record, again.read).get('a')!;
    expect(again.reads).toEqual(['a']);
    expect(after.hash).not.toBe(before.hash);
  });
});

describe('publishedAsPlanned', () => {
  const manifest = (hash: string) => partManifest('1.6.0', { layout: 3 }, [['/articles/a/', hash]]);
  const planned = new Map([[0, manifest('one')], [1, manifest('two')]]);

  it('holds when each part copied ahead has the manifest planned now, or nothing was copied', () => {
    expect(publishedAsPlanned(new Map([[1, JSON.stringify(manifest('two'))]]), planned)).toBe(true);
    expect(publishedAsPlanned(new Map(), planned)).toBe(true);
  });

  it('fails when a page changed after its part was copied, or the part is no longer planned', () => {
    expect(publishedAsPlanned(new Map([[1, JSON.stringify(manifest('other'))]]), planned)).toBe(false);
    expect(publishedAsPlanned(new Map([[7, JSON.stringify(manifest('two'))]]), planned)).toBe(false);
  });
});
