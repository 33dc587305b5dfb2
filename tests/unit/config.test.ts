import { describe, expect, it } from 'vitest';
import { normalizeBasePath, readConfig } from '../../src/lib/config.ts';

describe('config', () => {
  it('has working defaults', () => {
    expect(readConfig({})).toEqual({ contentDir: 'content', siteUrl: 'http://localhost:4321', basePath: '/', siteLang: 'en', siteTitle: 'News Reader', siteSections: [], cacheDir: 'node_modules/.astro', searchPartSize: 1000 });
  });
  it.each([['news', '/news/'], ['/news', '/news/'], ['/news/', '/news/'], ['', '/'], ['/a/b/', '/a/b/']])('normalizes base path %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });
  it('reads the about line and the sections, trimmed, blanks dropped', () => {
    const c = readConfig({ SITE_ABOUT: 'A town paper.', SITE_SECTIONS: ' local, transport ,,culture ' });
    expect(c.siteAbout).toBe('A town paper.');
    expect(c.siteSections).toEqual(['local', 'transport', 'culture']);
  });
  it('names the variable that is wrong', () => {
    expect(() => readConfig({ SITE_URL: 'not a url', SITE_LANG: 'fr' })).toThrow(/SITE_URL[\s\S]*SITE_LANG/);
  });
});
