import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, pathMatches } from '../../../scripts/lib/headers.mjs';
import { startServer } from '../../../scripts/serve-static.mjs';
import { suiteTempDirs } from '../../helpers/temp-dir.ts';

describe('parseHeaders', () => {
  it('reads paths and their indented headers, skipping comments and blank lines', () => {
    const rules = parseHeaders('# security\n/*\n  X-One: a\n  X-Two:  b: c \n\n/news/*\n\tX-Three: d\n');
    expect(rules).toEqual([
      { path: '/*', headers: [['X-One', 'a'], ['X-Two', 'b: c']] },
      { path: '/news/*', headers: [['X-Three', 'd']] },
    ]);
  });

  it('refuses a header before any path, a line without a colon, and a path without a slash', () => {
    expect(() => parseHeaders('  X-One: a\n')).toThrow(/line 1: header before any path/);
    expect(() => parseHeaders('/*\n  no colon here\n')).toThrow(/line 2/);
    expect(() => parseHeaders('news/*\n  X: y\n')).toThrow(/line 1: expected a path/);
  });
});

describe('pathMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/news/articles/x/', true],
    ['/news/*', '/news/', true],
    ['/news/*', '/other/', false],
    ['/news/articles/:slug/', '/news/articles/harbour/', true],
    ['/news/articles/:slug/', '/news/articles/a/b/', false],
    ['/feed.json', '/feed.json', true],
    ['/feed.json', '/feedxjson', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor', () => {
  it('combines every matching rule, joining a repeated header with a comma', () => {
    const rules = parseHeaders('/*\n  Cache-Control: no-cache\n  X-A: 1\n/news/*\n  X-A: 2\n/other/*\n  X-B: 3\n');
    expect(headersFor(rules, '/news/x/')).toEqual({ 'cache-control': 'no-cache', 'x-a': '1, 2' });
  });
});

describe('public/_headers', () => {
  const headers = headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/news/articles/any/');
  const csp = Object.fromEntries(
    (headers['content-security-policy'] ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );

  it('ships a strict Content Security Policy for every path', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toBeDefined();
    for (const values of Object.values(csp)) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
    }
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
  });

  it('allows only same-origin scripts, plus WebAssembly compilation for Pagefind', () => {
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('sends the other security headers', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
  });
});

describe('docs/nginx.conf', () => {
  it('sends exactly the headers of public/_headers, on every response', () => {
    const conf = readFileSync('docs/nginx.conf', 'utf8');
    const sent = Object.fromEntries([...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [name!.toLowerCase(), value]));
    expect(sent).toEqual(headersFor(parseHeaders(readFileSync('public/_headers', 'utf8')), '/news/'));
    expect(conf).toMatch(/^\s*error_page 404 \/news\/404\.html;/m);
  });
});

describe('serve-static.mjs, as the e2e suite and Lighthouse see the site', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const tempDir = suiteTempDirs();
  beforeAll(async () => {
    const dir = tempDir('serve-');
    const files: Record<string, string> = {
      'index.html': '<h1>home</h1>',
      'articles/café/index.html': '<h1>café</h1>',
      '404.html': '<h1>not found</h1>',
      'style.css': 'body{}',
      '_headers': "/*\n  Content-Security-Policy: default-src 'self'\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    server = await startServer({ root: dir, base: '/news/' });
  });
  afterAll(() => server.close());
  const get = (p: string) => fetch(new URL(p, server.url), { redirect: 'manual' });

  it('serves the site under the base path, folders as their index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
    const home = await get('/news/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(await (await get('/news/articles/caf%C3%A9/')).text()).toBe('<h1>café</h1>');
  });

  it('applies the _headers rules to pages, assets and misses', async () => {
    for (const p of ['/news/', '/news/style.css', '/news/nothing/']) {
      expect((await get(p)).headers.get('content-security-policy')).toBe("default-src 'self'");
    }
  });

  it('redirects a folder without its slash, like static hosts', async () => {
    const r = await get('/news/articles/caf%C3%A9');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/news/articles/caf%C3%A9/');
    expect((await get('/news')).headers.get('location')).toBe('/news/');
  });

  it('answers a miss, a path outside the base, an escape attempt and _headers itself with 404.html', async () => {
    for (const p of ['/news/nothing/', '/nothing', '/news/..%2f..%2fetc/passwd', '/news/_headers']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(await r.text()).toBe('<h1>not found</h1>');
    }
  });
});
