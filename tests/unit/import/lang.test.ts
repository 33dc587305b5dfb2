import { describe, expect, it } from 'vitest';
import { firstLang, normalizeLang } from '../../../src/lib/import/lang.ts';

describe('page language', () => {
  it('turns POSIX locales and odd spellings into BCP 47 tags', () => {
    expect(normalizeLang('en_US')).toBe('en-US');
    expect(normalizeLang('de_CH')).toBe('de-CH');
    expect(normalizeLang('EN-us')).toBe('en-US');
    expect(normalizeLang('pt_BR.UTF-8')).toBe('pt-BR');
    expect(normalizeLang('de_DE@euro')).toBe('de-DE');
    expect(normalizeLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLang('es-419, es')).toBe('es-419');
    expect(normalizeLang(' fr ')).toBe('fr');
  });
  it('refuses what is no language tag', () => {
    for (const junk of ['{{ page.lang }}', 'english', 'x', 'en-', '123', '', 'und', 'mul', 'e n']) {
      expect(normalizeLang(junk), junk).toBeUndefined();
    }
    expect(normalizeLang(undefined)).toBeUndefined();
    expect(normalizeLang(null)).toBeUndefined();
  });
  it('falls back to the next source', () => {
    expect(firstLang('{{lang}}', undefined, 'en_GB', 'fr')).toBe('en-GB');
    expect(firstLang('english', 'nonsense!')).toBeUndefined();
  });
});
