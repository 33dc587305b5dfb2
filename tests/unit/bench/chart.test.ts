import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, niceTicks, renderLineCharts } from '../../../bench/lib/chart.mjs';

const spec = {
  title: 'Build time & memory',
  description: 'Two panels',
  xLabel: 'Articles (N)',
  panels: [
    { title: 'Time', yLabel: 'seconds', series: [{ name: 'This site', points: [[1000, 10], [10000, 95]] as [number, number][] }, { name: 'Plain <Astro>', points: [[1000, 40], [10000, 160]] as [number, number][] }] },
    { title: 'Memory', yLabel: 'MiB', series: [{ name: 'This site', points: [[1000, 300], [10000, 800]] as [number, number][] }], limit: { value: 953.7, label: '1 GB target' } },
  ],
};

describe('bench chart ticks', () => {
  it('covers the maximum with round steps from zero', () => {
    expect(niceTicks(10000, 4)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(niceTicks(95)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
  it('has a usable axis with no data', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('bench chart SVG', () => {
  const svg = renderLineCharts(spec);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
  });
  it('is an image with an accessible title and description', () => {
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(root['@_role']).toBe('img');
    expect(root['@_aria-labelledby']).toBe('chart-title chart-desc');
    expect(root.title['#text']).toBe('Build time & memory');
    expect(root.desc['#text']).toBe('Two panels');
  });
  it('escapes text', () => {
    expect(svg).toContain('Plain &lt;Astro&gt;');
    expect(escapeXml('a"b&c')).toBe('a&quot;b&amp;c');
  });
  it('draws one line per multi-point series and a marker per point', () => {
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(3);
    expect(svg.match(/<title>[^<]*N = /g)).toHaveLength(6);
    expect(svg).toContain('<title>This site, N = 10,000: 95 seconds</title>');
  });
  it('labels both axes of each panel and draws the limit line', () => {
    expect(svg.match(/>Articles \(N\)</g)).toHaveLength(2);
    expect(svg).toMatch(/rotate\(-90\)[^>]*>seconds</);
    expect(svg).toMatch(/rotate\(-90\)[^>]*>MiB</);
    expect(svg).toContain('>1 GB target<');
  });
  it('keeps a series in the same style in every panel', () => {
    const colors = [...svg.matchAll(/<path d="M[^"]*" fill="none" stroke="(#[0-9a-f]+)"/g)].map((x) => x[1]);
    expect(colors[0]).toBe(colors[2]);
    expect(colors[0]).not.toBe(colors[1]);
  });
  it('shows a single measured size as markers without a line', () => {
    const one = renderLineCharts({ ...spec, panels: [{ title: 'T', yLabel: 's', series: [{ name: 'A', points: [[200, 3]] }] }] });
    expect(one).not.toMatch(/fill="none" stroke="#/);
    expect(one.match(/<circle /g)).toHaveLength(2); // the point and the legend
  });
});
