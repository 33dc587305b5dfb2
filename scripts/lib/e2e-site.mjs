// Where and how the e2e site is built and served; shared by the build script, the
// Playwright config and Lighthouse so the three always agree.
const port = Number(process.env.E2E_PORT ?? 4173);

export const E2E = {
  /** Output folder of scripts/build-e2e.mjs. */
  dist: '.e2e/dist',
  base: '/news/',
  port,
  /** SITE_URL of the build: canonical links point at the server the tests use. */
  origin: `http://127.0.0.1:${port}`,
  /** Filler articles added to content/; more than one index page (20) holds. */
  fillers: 21,
  chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium',
};
