import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputStats } from '../../../bench/lib/outdir.mjs';
import { functionLabel, packageOf, summarizeProfile } from '../../../bench/lib/profile-summary.mjs';
import { aggregate, type Measurement } from '../../../bench/lib/ratios.mjs';
import { KEEP_MARKER, chartSpec, machineLine, mergeWithKeptTail, renderReport } from '../../../bench/lib/report.mjs';
import { suiteTempDirs } from '../../helpers/temp-dir.ts';

const m = (site: Measurement['site'], n: number, mode: Measurement['mode'], wallS: number, rss: number): Measurement => ({
  site, n, mode,
  runs: [{ wallMs: wallS * 1000, cpuMs: wallS * 900, peakRssBytes: rss }],
  output: { pages: n, distBytes: n * 8000, largestPage: { path: 'articles/a/index.html', bytes: 40_000 } },
});
const aggs = [m('ours', 200, 'cold', 10, 4e8), m('ours', 200, 'warm', 4, 4e8), m('astro', 200, 'cold', 20, 5e8), m('eleventy', 200, 'cold', 5, 2e8)].map(aggregate);
const machine = { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 24 * 2 ** 30, node: 'v20.20.2', platform: 'Linux 6', loadSamples: [1, 3, 2] };
const info = { date: '2025-01-02', runs: [1], sizes: [200], references: true, command: 'node bench/run.mjs --quick' };

describe('bench report', () => {
  const report = renderReport({ aggs, machine, info, chartFile: 'results-chart.svg' });

  it('records the machine, the load, the date and the command', () => {
    expect(machineLine(machine)).toBe('2 × Test CPU, 24.0 GiB RAM, Node v20.20.2 on Linux 6; 1-minute load average 2.0 (1.0–3.0) over the run.');
    expect(report).toContain('2025-01-02');
    expect(report).toContain('`node bench/run.mjs --quick`');
    expect(report).toContain('Sizes: 200 articles; one run (no spread) each.');
  });
  it('states the run count per size when sizes differ', () => {
    const text = renderReport({ aggs, machine, info: { ...info, sizes: [1000, 10000], runs: [3, 1] }, chartFile: 'c.svg' });
    expect(text).toContain('Sizes: 1,000 articles, median of 3 runs, (min–max) in brackets; 10,000 articles, one run (no spread).');
  });
  it('shows the chart and the ratio, target and figure tables', () => {
    expect(report).toContain('](results-chart.svg)');
    expect(report).toMatch(/\| 200 \| Plain Astro \| 0\.50× \| 0\.50× \| 0\.80× \|/);
    expect(report).toMatch(/\| 200 \| Eleventy \| 2\.00× \| 2\.00× \| 2\.00× \|/);
    expect(report).toMatch(/\| Warm build time \/ cold \| 200 \| ≤ 0.20× \| 0.40× \| \*\*no\*\* \|/);
    expect(report).toMatch(/\| This site \| 200 \| cold \| 10\.0 s \| 9\.00 s \| 381 MiB \| 200 \| 20 \| 1\.53 MiB \| 39\.1 KiB \(`articles\/a\/index\.html`\) \|/);
  });
  it('says when references were skipped', () => {
    const ours = aggs.filter((a) => a.site === 'ours');
    expect(renderReport({ aggs: ours, machine, info: { ...info, references: false }, chartFile: 'c.svg' })).toContain('not built in this run');
  });
  it('keeps the hand-written tail of the previous file', () => {
    const previous = `# old\nold figures\n\n${KEEP_MARKER}\n\n## Where the time goes\n\nNotes.\n`;
    const merged = mergeWithKeptTail('# new\n', previous);
    expect(merged).toBe(`# new\n\n${KEEP_MARKER}\n\n## Where the time goes\n\nNotes.\n`);
    expect(mergeWithKeptTail('# new\n', null)).toContain(`${KEEP_MARKER}\n\n## Where the time goes`);
  });
  it('charts cold builds only, one series per site, in MiB and seconds', () => {
    const spec = chartSpec(aggs);
    expect(spec.panels.map((p) => p.series.map((s) => s.name))).toEqual([['This site', 'Plain Astro', 'Eleventy'], ['This site', 'Plain Astro', 'Eleventy']]);
    expect(spec.panels[0]!.series[0]!.points).toEqual([[200, 10]]);
    expect(spec.panels[1]!.series[2]!.points[0]![1]).toBeCloseTo(2e8 / 2 ** 20);
    expect(spec.description).toContain('This site at N = 200: 10.0 s, 381 MiB');
  });
});

describe('bench output stats', () => {
  const tempDir = suiteTempDirs();
  const dir = tempDir('bench-out-');

  it('counts bytes and pages and finds the largest page', () => {
    mkdirSync(join(dir, 'articles/big'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dir, 'articles/big/index.html'), 'x'.repeat(300));
    writeFileSync(join(dir, 'search.js'), 'x'.repeat(1000));
    expect(outputStats(dir)).toEqual({ files: 3, totalBytes: 1400, pages: 2, largestPage: { path: join('articles', 'big', 'index.html'), bytes: 300 } });
  });
});

describe('bench profile summary', () => {
  it('groups script URLs by package', () => {
    expect(packageOf('file:///w/node_modules/astro/dist/core/build/generate.js')).toBe('astro');
    expect(packageOf('file:///w/node_modules/.pnpm/x/node_modules/@astrojs/sitemap/dist/index.js')).toBe('@astrojs/sitemap');
    expect(packageOf('node:internal/fs/promises')).toBe('node:internal');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
    expect(packageOf('', 'writeFileUtf8')).toBe('(native)');
    expect(packageOf('wasm://wasm/0139aa36')).toBe('wasm');
    expect(packageOf('file:///w/src/lib/article.ts')).toBe('app:src/lib');
    expect(packageOf('file:///w/bench/.work/out/chunks/articles_BG.mjs')).toBe('app:bundled pages');
    expect(packageOf('file:///w/dist/chunks/astro/server_vV.mjs')).toBe('app:bundled pages');
    expect(packageOf('file:///w/dist/pages/feed.json.astro.mjs?time=1')).toBe('app:bundled pages');
  });
  it('labels functions with a short location', () => {
    expect(functionLabel({ functionName: 'visit', url: 'file:///w/node_modules/unist-util-visit/lib/index.js', lineNumber: 9 })).toBe('visit (unist-util-visit/lib/index.js:10)');
    expect(functionLabel({ functionName: '', url: '', lineNumber: -1 })).toBe('(anonymous)');
    expect(functionLabel({ functionName: 'computeRelated', url: 'file:///w/bench/.work/out/chunks/articles_B.mjs', lineNumber: 571 })).toBe('computeRelated (<outDir>/chunks/articles_B.mjs:572)');
  });
  it('adds up self time by function and by package', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' });
    const profile = {
      startTime: 0,
      endTime: 100,
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
        { id: 2, callFrame: frame('parse', 'file:///w/node_modules/yaml/dist/index.js') },
        { id: 3, callFrame: frame('render', 'file:///w/node_modules/astro/dist/render.js') },
        { id: 4, callFrame: frame('compose', 'file:///w/node_modules/yaml/dist/compose.js') },
      ],
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [1000, 1000, 2000, 500, 1500],
    };
    const s = summarizeProfile(profile, 5);
    expect(s.totalMs).toBe(6);
    expect(s.byPackage).toEqual([
      { name: 'yaml', selfMs: 4, share: 4 / 6 },
      { name: 'astro', selfMs: 2, share: 2 / 6 },
    ]);
    expect(s.byFunction[0]).toEqual({ name: 'parse (yaml/dist/index.js:1)', selfMs: 3.5, share: 3.5 / 6 });
    // Inclusive time: the root's child "parse" calls nothing, so its total is its self time.
    expect(s.inclusive.find((r) => r.name.startsWith('parse '))?.selfMs).toBe(3.5);
    expect(summarizeProfile(profile, 1).byFunction).toHaveLength(1);
  });
  it('counts a recursive function once in its total', () => {
    const frame = (functionName: string) => ({ functionName, url: 'file:///w/node_modules/p/i.js', lineNumber: 0, columnNumber: 0, scriptId: '0' });
    const profile = {
      startTime: 0,
      endTime: 10,
      nodes: [
        { id: 1, callFrame: { ...frame('(root)'), url: '' }, children: [2] },
        { id: 2, callFrame: frame('walk'), children: [3] },
        { id: 3, callFrame: frame('walk'), children: [4] },
        { id: 4, callFrame: frame('leaf') },
      ],
      samples: [2, 3, 4],
      timeDeltas: [1000, 1000, 1000],
    };
    const incl = Object.fromEntries(summarizeProfile(profile).inclusive.map((r) => [r.name.split(' ')[0], r.selfMs]));
    expect(incl).toEqual({ walk: 3, leaf: 1 });
  });
});
