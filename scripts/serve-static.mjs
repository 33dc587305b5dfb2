#!/usr/bin/env node
// A plain static file server for the built site, behaving like the static hosts the README
// lists: the site lives under a base path, `x/` serves `x/index.html`, `x` redirects to `x/`
// when it is a folder, a miss gets `404.html` with status 404, text is gzipped, and every
// response carries the headers from the site's `_headers` file (Netlify format), CSP included.
// Usage: node scripts/serve-static.mjs [root=.e2e/dist] [--base /news/] [--port 4173] [--host 127.0.0.1]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from './lib/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Text is sent gzipped when the client accepts it, as every static host does. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** Files a host consumes as configuration instead of publishing. */
const HIDDEN = new Set(['_headers', '_redirects']);

/** @param {string} base */
function normalizeBase(base) {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** @param {string} file */
function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with the base path
 */
export async function startServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const dir = path.resolve(root);
  if (!isFile(path.join(dir, 'index.html'))) throw new Error(`${dir} holds no built site (no index.html)`);
  const prefix = normalizeBase(base);
  const headersFile = path.join(dir, '_headers');
  const rules = isFile(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  if (!rules.length) console.warn(`serve-static: no rules in ${headersFile}; serving without security headers`);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    /** @param {number} status @param {string} file */
    const send = (status, file) => {
      const ext = path.extname(file).toLowerCase();
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        ...headersFor(rules, url.pathname),
        'content-type': TYPES[/** @type {keyof TYPES} */ (ext)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
      });
      if (req.method === 'HEAD') res.end();
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = path.join(dir, '404.html');
      if (isFile(page)) return send(404, page);
      res.writeHead(404, { ...headersFor(rules, url.pathname), 'content-type': 'text/plain' }).end('Not found');
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (`${url.pathname}/` === prefix) return void res.writeHead(301, { location: prefix + url.search }).end();
    if (!url.pathname.startsWith(prefix)) return notFound();

    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return void res.writeHead(400).end();
    }
    const file = path.join(dir, rel);
    if (file !== dir && !file.startsWith(dir + path.sep)) return notFound();
    if (HIDDEN.has(path.relative(dir, file))) return notFound();
    if (url.pathname.endsWith('/')) return isFile(path.join(file, 'index.html')) ? send(200, path.join(file, 'index.html')) : notFound();
    if (isFile(file)) return send(200, file);
    if (isFile(path.join(file, 'index.html'))) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return notFound();
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  /** @param {string} name @param {string} fallback */
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : (args.splice(i, 2)[1] ?? fallback);
  };
  const base = option('--base', process.env.BASE_PATH ?? '/news/');
  const port = Number(option('--port', '4173'));
  const host = option('--host', '127.0.0.1');
  const root = args[0] ?? '.e2e/dist';
  startServer({ root, base, port, host }).then(
    ({ url }) => console.log(`serving ${root} at ${url}`),
    (error) => {
      console.error(`serve-static: ${error.message}`);
      process.exit(1);
    },
  );
}
