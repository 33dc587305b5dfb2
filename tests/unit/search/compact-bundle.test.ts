import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactBundle, decodeCbor, encodeCbor, type Cbor } from '../../../src/lib/search/compact-bundle.ts';
import { suiteTempDirs } from '../../helpers/temp-dir.ts';

describe('decodeCbor and encodeCbor', () => {
  it('give back what they were given, the keys of a map in their own order and each number in its shortest form', () => {
    const value: Cbor = [0, 24, 256, 2 ** 32, -500, 'Zürich ✓', Uint8Array.of(1, 2, 3), [[1, 'a', '']], new Map<Cbor, Cbor>([['title', [1]], ['date', [3, 1, 2]]])];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect([...(decodeCbor(bytes) as Cbor[])[8] as Map<Cbor, Cbor>].map(([k]) => k)).toEqual(['title', 'date']);
    expect([...encodeCbor([23, 24, 256, -1])]).toEqual([0x84, 0x17, 0x18, 24, 0x19, 1, 0, 0x20]);
  });
});

/** Searches a bundle with its own pagefind.js in a child Node process; fetch reads the folder. */
function search(dir: string, queries: [string | null, Record<string, unknown>][]) {
  const script = `
    import { readFile } from 'node:fs/promises';
    import path from 'node:path';
    import { pathToFileURL } from 'node:url';
    const dir = ${JSON.stringify(dir)};
    globalThis.fetch = async (url) => {
      const p = new URL(String(url), 'https://example.org').pathname;
      try { return new Response(await readFile(path.join(dir, p.replace(/^\\/pagefind\\//, '')))); }
      catch { return new Response(null, { status: 404 }); }
    };
    const pf = await import(pathToFileURL(path.join(dir, 'pagefind.js')).href);
    await pf.options({ basePath: '/pagefind/' });
    const out = [];
    for (const [term, options] of ${JSON.stringify(queries)}) {
      const s = await pf.search(term, options);
      const data = await Promise.all(s.results.map((r) => r.data()));
      out.push({ scores: s.results.map((r) => r.score), urls: data.map((d) => d.url), dates: data.map((d) => d.meta.date), filters: s.filters, total: s.totalFilters });
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`search failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as { scores: number[]; urls: string[]; dates: string[]; filters: unknown; total: unknown }[];
}

const metaOf = (dir: string) => {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  return Object.values(entry.languages).map(({ hash }) => {
    const file = path.join(dir, `pagefind.${hash}.pf_meta`);
    return { file, meta: decodeCbor(gunzipSync(readFileSync(file)).subarray(12)) as [string, [string, number, string][], [string, string, string][], [string, string][], unknown, unknown] };
  });
};

describe('compactBundle', () => {
  const tempDir = suiteTempDirs();
  const WORDS = ['ferry', 'harbour', 'strike', 'council', 'budget', 'tram', 'festival', 'storm', 'bridge', 'library'];
  let original = '';
  let compacted = '';
  let result: ReturnType<typeof compactBundle>;

  beforeAll(async () => {
    const work = tempDir('compact-bundle-');
    original = path.join(work, 'original');
    compacted = path.join(work, 'compacted');
    const { index } = await createIndex({});
    for (let i = 0; i < 120; i++) {
      const lang = i % 10 === 9 ? 'es' : 'en';
      const words = Array.from({ length: 30 + (i % 7) * 11 }, (_, k) => WORDS[(i * 7 + k * (k % 3 + 1)) % WORDS.length]);
      const date = `${2020 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      await index!.addCustomRecord({ url: `/articles/a-${i}/`, content: `Article ${i}. ${words.join(' ')}.`, language: lang, meta: { title: `Article ${i}`, date }, filters: { year: [date.slice(0, 4)], tag: [WORDS[i % 4]!] }, sort: { date } });
    }
    await index!.writeFiles({ outputPath: original });
    await close();
    cpSync(original, compacted, { recursive: true });
    result = compactBundle(compacted);
  });
  afterAll(() => close());

  it('names every fragment, chunk and filter file of the meta by a short name, and leaves no other such file', () => {
    const metas = metaOf(compacted);
    expect(metas).toHaveLength(2);
    const fragments = metas.flatMap(({ meta }) => meta[1].map(([name]) => `${name}.pf_fragment`));
    expect(fragments).toHaveLength(120);
    expect(result.fragments).toBe(120);
    for (const name of fragments) expect(name).toMatch(/^[0-9a-f]{6}[0-9a-z]+\.pf_fragment$/);
    expect(new Set(fragments).size).toBe(120);
    expect(readdirSync(path.join(compacted, 'fragment')).sort()).toEqual([...fragments].sort());
    expect(readdirSync(path.join(compacted, 'index')).sort()).toEqual(metas.flatMap(({ meta }) => meta[2].map((c) => `${c[2]}.pf_index`)).sort());
    expect(readdirSync(path.join(compacted, 'filter')).sort()).toEqual(metas.flatMap(({ meta }) => meta[3].map((f) => `${f[1]}.pf_filter`)).sort());
  });

  it('keeps everything else of the meta: pages in order with their word counts, chunk ranges, filter names, sorts', () => {
    const before = metaOf(original);
    const after = metaOf(compacted);
    after.forEach(({ meta }, i) => {
      const old = before[i]!.meta;
      expect(meta[0]).toBe(old[0]);
      expect(meta[1].map((p) => p.slice(1))).toEqual(old[1].map((p) => p.slice(1)));
      expect(meta[2].map((c) => c.slice(0, 2))).toEqual(old[2].map((c) => c.slice(0, 2)));
      expect(meta[3].map((f) => f[0])).toEqual(old[3].map((f) => f[0]));
      expect(meta.slice(4)).toEqual(old.slice(4));
      // Each fragment holds what the page's old fragment held.
      meta[1].forEach(([name], k) => expect(readFileSync(path.join(compacted, 'fragment', `${name}.pf_fragment`))).toEqual(readFileSync(path.join(original, 'fragment', `${old[1][k]![0]}.pf_fragment`))));
    });
    expect(result.after).toBeLessThan(result.before);
  });

  it('gives every search the results of the bundle Pagefind wrote, in the same order with the same scores', () => {
    const queries: [string | null, Record<string, unknown>][] = [
      ['ferry', {}],
      ['harbour strike', {}],
      ['tram', { filters: { year: ['2022'] } }],
      ['council', { sort: { date: 'desc' } }],
      ['budget', { filters: { tag: ['strike'] }, sort: { date: 'asc' } }],
      [null, { filters: { year: ['2024'] } }],
      ['zzxqj', {}],
    ];
    const before = search(original, queries);
    const after = search(compacted, queries);
    expect(before[0]!.urls.length).toBeGreaterThan(10);
    expect(before[2]!.urls.length).toBeGreaterThan(0);
    expect(before[5]!.dates.every((d) => d.startsWith('2024'))).toBe(true);
    expect(after).toEqual(before);
  });

  it('makes the same bundle of the same bundle', () => {
    const again = path.join(path.dirname(original), 'again');
    cpSync(original, again, { recursive: true });
    compactBundle(again);
    for (const folder of ['fragment', 'index', 'filter']) expect(readdirSync(path.join(again, folder)).sort()).toEqual(readdirSync(path.join(compacted, folder)).sort());
    for (const { file } of metaOf(again)) expect(readFileSync(file)).toEqual(readFileSync(path.join(compacted, path.basename(file))));
  });
});
