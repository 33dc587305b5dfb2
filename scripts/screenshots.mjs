#!/usr/bin/env node
// Screenshots of the current e2e build (npm run build:e2e first) for the README: the index
// and an article at 390 and 1280 px, light and dark, into docs/screenshots/. Uses Debian's
// Chromium through playwright-core; nothing is downloaded.
// Usage: node scripts/screenshots.mjs [--out docs/screenshots] [--page path ...]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { E2E } from './lib/e2e-site.mjs';
import { startServer } from './serve-static.mjs';

const option = (name, fallback) => (process.argv.includes(name) ? (process.argv[process.argv.indexOf(name) + 1] ?? fallback) : fallback);
const out = path.resolve(option('--out', 'docs/screenshots'));
const PAGES = { index: '', article: 'articles/harbour-wall-repairs/' };
/** Width → the height of the shot: a phone's first two screens, a desktop's first one and a half. */
const SIZES = { 390: 1400, 1280: 1500 };
const SCHEMES = ['light', 'dark'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

mkdirSync(out, { recursive: true });
const server = await startServer({ root: E2E.dist, base: E2E.base, port: E2E.port }).catch((error) => {
  console.error(`screenshots: cannot serve ${E2E.dist} on port ${E2E.port}: ${error.message}\n(run npm run build:e2e first)`);
  process.exit(2);
});
const browser = await chromium.launch({ executablePath: E2E.chromium, args: ARGS });
try {
  for (const [name, pagePath] of Object.entries(PAGES)) {
    for (const [width, height] of Object.entries(SIZES)) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width: Number(width), height }, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(out, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(process.cwd(), file));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
