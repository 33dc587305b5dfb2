import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from '../../src/lib/contrast';

describe('contrastRatio', () => {
  it('gives the WCAG extremes and is symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBe(1);
    expect(contrastRatio('#0b5cad', '#fdfdfc')).toBeCloseTo(contrastRatio('#fdfdfc', '#0b5cad'), 10);
  });

  it('matches known reference values', () => {
    // #767676 on white is the classic "just passes AA" grey (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(parseHex('#AbC')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(() => parseHex('red')).toThrow(/not a hex colour/);
  });
});

/** The custom properties declared in the first block that follows `selector`. */
function palette(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

describe('site palettes in global.css', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const light = palette(css, ':root');
  const darkByOs = palette(css, ":root:not([data-theme='light'])");
  const darkByChoice = palette(css, ":root[data-theme='dark']");

  it('declares the same dark palette for the OS preference and for the toggle', () => {
    expect(Object.keys(darkByOs).length).toBeGreaterThanOrEqual(6);
    expect(darkByChoice).toEqual(darkByOs);
  });

  it.each([
    ['light', light],
    ['dark', darkByOs],
  ])('meets WCAG AA in the %s scheme', (_name, p) => {
    // Body text, secondary text and links: 4.5:1. Focus ring (a UI graphic): 3:1.
    for (const key of ['fg', 'muted', 'accent']) expect(contrastRatio(p[key]!, p.bg!), key).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.focus!, p.bg!)).toBeGreaterThanOrEqual(3);
    // Links sit in running text: they must also stand apart from it without colour alone,
    // which the underline does; the skip link swaps fg and bg, same ratio as body text.
  });
});
