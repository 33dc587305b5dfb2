import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './scripts/serve-static.mjs';
const server = await startServer({ root: '.e2e/dist', base: '/news/', port: 4173 });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless','--no-sandbox','--disable-gpu'] });
const r = await lighthouse(server.url + (process.argv[2] ?? ''), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance','best-practices'] });
const a = r.lhr.audits;
for (const id of ['layout-shifts','render-blocking-resources','render-blocking-insight','cls-culprits-insight','errors-in-console','inspector-issues','deprecations','first-contentful-paint','network-requests']) {
  if (!a[id]) continue;
  console.log('==', id, a[id].score, a[id].displayValue);
  console.log(JSON.stringify(a[id].details?.items ?? a[id].details, null, 0).slice(0, 1500));
}
for (const [id, au] of Object.entries(a)) if (au.score !== null && au.score < 1 && au.scoreDisplayMode !== 'informative') console.log('LOW', id, au.score, au.displayValue ?? '');
chrome.kill(); await server.close();
