import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from '../../../src/lib/site/contrast';

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

/** The light or dark half of every `--name: light-dark(#light, #dark)` declaration. */
function palette(css: string, scheme: 'light' | 'dark'): Record<string, string> {
  const pairs = [...css.matchAll(/--([a-z-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi)];
  return Object.fromEntries(pairs.map((m) => [m[1], scheme === 'light' ? m[2] : m[3]]));
}

describe('site palettes in global.css', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');

  it('gives every colour both a light and a dark value', () => {
    expect(Object.keys(palette(css, 'dark')).sort()).toEqual(['accent', 'bg', 'fg', 'focus', 'kicker', 'muted', 'rule', 'surface']);
  });

  it.each(['light', 'dark'] as const)('meets WCAG AA in the %s scheme', (scheme) => {
    const p = palette(css, scheme);
    // Body text, secondary text and links: 4.5:1. Focus ring (a UI graphic): 3:1.
    for (const key of ['fg', 'muted', 'accent', 'kicker']) expect(contrastRatio(p[key]!, p.bg!), key).toBeGreaterThanOrEqual(4.5);
    // Text on the tinted boxes (source box, table headers, code, placeholders).
    for (const key of ['fg', 'muted', 'accent']) expect(contrastRatio(p[key]!, p.surface!), `${key} on surface`).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.focus!, p.bg!)).toBeGreaterThanOrEqual(3);
  });
});
