import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/article.ts';
import { MAX_WORKERS, POOL_MIN_FILES, workerCount, workerParser, type ArticleParser } from '../../../src/lib/build/parse-pool.ts';
import { suiteTempDirs } from '../../helpers/temp-dir.ts';

const options = { siteLang: 'en' };
const encode = (text: string) => new TextEncoder().encode(text);

const files: Record<string, string> = {
  'harbour.md': '---\ntitle: Harbour wall repaired\ndate: 2024-03-02\ntags: [Port]\n---\n\nThe **wall** is done.\n\n## Next\n\n- a list\n',
  'dump.txt': 'Market reopens\n\nMarket reopens\n\nFecha de publicación: 12/01/2023\n\nEl mercado abre de nuevo.\n',
  'broken.md': '---\ntitle: [unclosed\n---\n\nText.\n',
  'empty.md': '',
};

describe('workerCount', () => {
  it('parses inline below the threshold or on one core', () => {
    expect(workerCount(POOL_MIN_FILES - 1, { cores: 8 })).toBe(0);
    expect(workerCount(10_000, { cores: 1 })).toBe(0);
  });

  it('uses every core up to the cap', () => {
    expect(workerCount(POOL_MIN_FILES, { cores: 2 })).toBe(2);
    expect(workerCount(10_000, { cores: 64 })).toBe(MAX_WORKERS);
  });

  it('follows PARSE_WORKERS when set, 0 included, whatever the number of files', () => {
    expect(workerCount(10_000, { requested: 0, cores: 8 })).toBe(0);
    expect(workerCount(10_000, { requested: 8, cores: 2 })).toBe(8);
    expect(workerCount(10, { requested: 2, cores: 1 })).toBe(2);
  });

  it('starts no worker when nothing is to be parsed', () => {
    expect(workerCount(0, { requested: 2 })).toBe(0);
  });
});

describe('workerParser', () => {
  let parser: ArticleParser;
  const tempDir = suiteTempDirs();
  beforeAll(async () => {
    parser = await workerParser(options, { workers: 2, bundleDir: tempDir('parse-worker-') });
  }, 60_000);
  afterAll(() => parser?.close());

  it('gives the same result as parsing on this thread, for good and bad files', async () => {
    const names = Object.keys(files);
    const pooled = await Promise.all(names.map((name) => parser.parse(name, encode(files[name]!))));
    expect(pooled).toEqual(names.map((name) => parseArticle(name, encode(files[name]!), options)));
    expect(pooled.map((r) => r.ok)).toEqual([true, true, false, false]);
  });

  it('turns a crash inside the worker into a rejection naming the file', async () => {
    // A file name that is not a string makes parseArticle itself throw, as a bug would.
    await expect(parser.parse(42 as unknown as string, encode(files['harbour.md']!))).rejects.toThrow(/parsing 42 failed: .*replace/);
    // The worker survives and goes on parsing.
    expect((await parser.parse('dump.txt', encode(files['dump.txt']!))).ok).toBe(true);
  });
});
