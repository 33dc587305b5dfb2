import { describe, expect, it } from 'vitest';
import { cleanText, unescapeText } from '../../../src/lib/import/text.ts';

describe('text as the page meant it', () => {
  it('removes soft hyphens and zero-width characters', () => {
    expect(unescapeText('Velo\u00adwege am See\u00adufer')).toBe('Velowege am Seeufer');
    expect(unescapeText('zero\u200bwidth\u2060joined\ufeff')).toBe('zerowidthjoined');
  });
  it('decodes one leftover level of character references', () => {
    expect(unescapeText('it&#8217;s AT&amp;T &ndash; &#x263A;')).toBe('it’s AT&T – ☺');
    expect(unescapeText('Bau&shy;mann')).toBe('Baumann');
    expect(unescapeText('Stadt &amp;amp; Kanton')).toBe('Stadt &amp; Kanton');
  });
  it('leaves text without references alone, including a bare ampersand', () => {
    expect(unescapeText('Fish & chips &c')).toBe('Fish & chips &c');
  });
  it('collapses whitespace for metadata values', () => {
    expect(cleanText('  Anna\n Bau&shy;mann\u00a0 ')).toBe('Anna Baumann');
  });
});
