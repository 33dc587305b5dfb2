import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/lib/args.mjs';
import { formatBytes, formatRatio, formatSeconds, formatSummary, markdownTable } from '../../../bench/lib/format.mjs';
import { median, summarize } from '../../../bench/lib/stats.mjs';

describe('bench stats', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
  it('summarizes finite values and drops failed readings', () => {
    expect(summarize([12, Number.NaN, 10, 11])).toEqual({ median: 11, min: 10, max: 12, n: 3 });
    expect(summarize([Number.NaN])).toBeNull();
  });
});

describe('bench formatting', () => {
  it('formats seconds with precision that fits the size', () => {
    expect([formatSeconds(840), formatSeconds(12_340), formatSeconds(164_290), formatSeconds(Number.NaN)]).toEqual(['0.84 s', '12.3 s', '164 s', '–']);
  });
  it('formats bytes in binary units', () => {
    expect([formatBytes(512), formatBytes(4300), formatBytes(2221096 * 1024), formatBytes(1e9)]).toEqual(['512 B', '4.20 KiB', '2.12 GiB', '954 MiB']);
  });
  it('formats ratios and unknown ratios', () => {
    expect([formatRatio(0.384), formatRatio(12.34), formatRatio(null)]).toEqual(['0.38×', '12.3×', '–']);
  });
  it('shows the spread only when there is one', () => {
    expect(formatSummary({ median: 2000, min: 1500, max: 2500, n: 3 }, formatSeconds)).toBe('2.00 s (1.50 s–2.50 s)');
    expect(formatSummary({ median: 2000, min: 2000, max: 2000, n: 1 }, formatSeconds)).toBe('2.00 s');
    expect(formatSummary(null, formatSeconds)).toBe('–');
  });
  it('builds an aligned Markdown table and escapes pipes', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 2]], ['l', 'r'])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 2 |');
  });
  it('rejects rows of the wrong width', () => {
    expect(() => markdownTable(['a', 'b'], [['x']])).toThrow(/1 cells, expected 2/);
  });
});

describe('bench command line', () => {
  it('defaults to 1,000 and 10,000 articles, three runs, with references', () => {
    expect(parseArgs([])).toEqual({ sizes: [1000, 10000], runs: [3, 3], references: true, out: 'bench/RESULTS.md', seed: 42, reportOnly: false, help: false });
  });
  it('has a quick mode for CI that explicit options override', () => {
    expect(parseArgs(['--quick'])).toMatchObject({ sizes: [200], runs: [1] });
    expect(parseArgs(['--quick', '--runs', '2'])).toMatchObject({ sizes: [200], runs: [2] });
  });
  it('sorts sizes, each keeping its own run count, in both option spellings', () => {
    expect(parseArgs(['--sizes=10000,1000', '--runs=1,3'])).toMatchObject({ sizes: [1000, 10000], runs: [3, 1] });
    expect(parseArgs(['--sizes', '500,200', '--runs', '2'])).toMatchObject({ sizes: [200, 500], runs: [2, 2] });
  });
  it('rejects run counts that do not match the sizes, and repeated sizes', () => {
    expect(() => parseArgs(['--sizes', '1,2,3', '--runs', '1,2'])).toThrow(/one per size \(3\)/);
    expect(() => parseArgs(['--sizes', '1000,1000'])).toThrow(/repeated/);
  });
  it('turns off references and writing', () => {
    expect(parseArgs(['--no-reference', '--no-write'])).toMatchObject({ references: false, out: null });
    expect(parseArgs(['--out', 'x/R.md']).out).toBe('x/R.md');
    expect(parseArgs(['--report-only']).reportOnly).toBe(true);
  });
  it('rejects bad input with the option named', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseArgs(['--sizes', '10,abc'])).toThrow(/--sizes: "abc"/);
    expect(() => parseArgs(['--out'])).toThrow(/--out needs a value/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});
