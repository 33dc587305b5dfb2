import { describe, expect, it } from 'vitest';
import { aggregate, checkTargets, ratio, referenceRatios, type Measurement } from '../../../bench/lib/ratios.mjs';

const GB = 2 ** 30;
const m = (site: Measurement['site'], n: number, mode: Measurement['mode'], wallS: number[], rss = 0.5 * GB, pages = n + 50): Measurement => ({
  site,
  n,
  mode,
  runs: wallS.map((s) => ({ wallMs: s * 1000, cpuMs: s * 800, peakRssBytes: rss })),
  output: { pages, distBytes: pages * 10_000, largestPage: { path: 'index.html', bytes: 30_000 } },
});

describe('bench aggregation', () => {
  it('summarizes runs and derives pages per second from the median', () => {
    const a = aggregate(m('ours', 1000, 'cold', [12, 10, 11], GB, 1100));
    expect(a.wall).toEqual({ median: 11_000, min: 10_000, max: 12_000, n: 3 });
    expect(a.cpu?.median).toBe(8800);
    expect(a.pagesPerSecond).toBe(100);
  });
  it('has no pages per second without output', () => {
    expect(aggregate({ ...m('ours', 1, 'cold', [1]), output: null }).pagesPerSecond).toBeNull();
  });
});

describe('bench ratios', () => {
  it('divides, and gives null when a side is missing or zero', () => {
    expect(ratio(2, 8)).toBe(0.25);
    expect([ratio(null, 1), ratio(1, undefined), ratio(1, 0), ratio(Number.NaN, 1)]).toEqual([null, null, null, null]);
  });
  it('compares our cold build with each reference at each size', () => {
    const aggs = [m('ours', 1000, 'cold', [8]), m('astro', 1000, 'cold', [40], GB), m('eleventy', 1000, 'cold', [4]), m('ours', 1000, 'warm', [2])].map(aggregate);
    expect(referenceRatios(aggs)).toEqual([
      { n: 1000, reference: 'astro', wall: 0.2, cpu: 0.2, rss: 0.5 },
      { n: 1000, reference: 'eleventy', wall: 2, cpu: 2, rss: 1 },
    ]);
  });
  it('skips sizes where a reference was not built', () => {
    expect(referenceRatios([m('ours', 200, 'cold', [1])].map(aggregate))).toEqual([]);
  });
});

describe('bench targets', () => {
  const byName = (aggs: Measurement[]) => Object.fromEntries(checkTargets(aggs.map(aggregate)).map((t) => [`${t.target}@${t.n}`, t]));

  it('judges every target the measured sizes allow', () => {
    const t = byName([
      m('ours', 1000, 'cold', [5]),
      m('ours', 1000, 'warm', [1]),
      m('ours', 10000, 'cold', [60], 1.6 * GB),
      m('ours', 10000, 'warm', [30]),
      m('ours', 10000, 'nochange', [5]),
      m('ours', 50000, 'cold', [400], 2.9 * GB),
      m('astro', 10000, 'cold', [160]),
      m('eleventy', 10000, 'cold', [20]),
    ]);
    expect(t['Cold build time vs plain Astro@10000']).toMatchObject({ wall: 0.375, met: true });
    expect(t['Cold build time vs Eleventy@10000']).toMatchObject({ wall: 3, met: true, metCpu: true });
    expect(t['Peak memory (worst run)@10000']).toMatchObject({ unit: 'bytes', wall: 1.6 * GB, limit: 1.5 * GB, met: false, metCpu: null });
    expect(t['Peak memory (worst run)@50000']).toMatchObject({ wall: 2.9 * GB, limit: 3 * GB, met: true });
    expect(t['No-change build time / cold@10000']).toMatchObject({ wall: 5 / 60, met: true });
    expect(t['Cold time at 50,000 / at 10,000@50000']).toMatchObject({ limit: 5.5, met: false });
    expect(t['Warm build time / cold@1000']).toMatchObject({ wall: 0.2, met: true });
    expect(t['No-change build time / cold@1000']).toBeUndefined();
    expect(t['Warm build time / cold@10000']).toMatchObject({ wall: 0.5, met: false });
    // 12× for ten times the articles: over the 11× allowed.
    expect(t['Cold time at 10,000 / at 1,000@10000']).toMatchObject({ limit: 11, wall: 12, met: false });
  });
  it('uses the worst run for memory, not the median', () => {
    const cold = m('ours', 200, 'cold', [1, 1, 1]);
    cold.runs[2]!.peakRssBytes = 1.6 * GB;
    expect(byName([cold])['Peak memory (worst run)@200']).toMatchObject({ wall: 1.6 * GB, met: false });
  });
  it('scales the allowance with the size ratio', () => {
    const t = byName([m('ours', 200, 'cold', [2]), m('ours', 1000, 'cold', [10.5])]);
    expect(t['Cold time at 1,000 / at 200@1000']).toMatchObject({ limit: 5.5, met: true });
  });
});
