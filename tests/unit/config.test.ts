import { describe, expect, it } from 'vitest';
import { normalizeBasePath, readConfig } from '../../src/lib/config.ts';

describe('config', () => {
  it('has working defaults', () => {
    expect(readConfig({})).toEqual({ contentDir: 'content', siteUrl: 'http://localhost:4321', basePath: '/', siteLang: 'en', siteTitle: 'News Reader', cacheDir: 'node_modules/.astro', searchPartSize: 2000 });
  });
  it.each([['news', '/news/'], ['/news', '/news/'], ['/news/', '/news/'], ['', '/'], ['/a/b/', '/a/b/']])('normalizes base path %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });
  it('names the variable that is wrong', () => {
    expect(() => readConfig({ SITE_URL: 'not a url', SITE_LANG: 'fr' })).toThrow(/SITE_URL[\s\S]*SITE_LANG/);
  });
});
