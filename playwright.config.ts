/**
 * Browser suite: Debian's Chromium (no browser download) against the e2e build of the site
 * (scripts/build-e2e.mjs, under /news/) served by scripts/serve-static.mjs with the headers
 * of public/_headers, as a static host would. Run with `npm run test:e2e`.
 * E2E_BASE_URL=http://host/news/ runs the suite against another server instead (a local
 * nginx with docs/nginx.conf, a preview deploy) of the same build.
 */
import { defineConfig } from '@playwright/test';
import { E2E } from './scripts/lib/e2e-site.mjs';

const external = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: external ?? `${E2E.origin}${E2E.base}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: E2E.chromium,
      // Playwright adds --headless itself; the rest keeps Chromium quiet and offline.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: external ? undefined : {
    command: `node scripts/serve-static.mjs ${E2E.dist} --base ${E2E.base} --port ${E2E.port}`,
    url: `${E2E.origin}${E2E.base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
