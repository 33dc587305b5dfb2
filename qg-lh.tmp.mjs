import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './scripts/serve-static.mjs';
const server = await startServer({ root: '.e2e/dist', base: '/news/', port: 4173 });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless','--no-sandbox','--disable-gpu'] });
for (let i = 0; i < 3; i++) {
const r = await lighthouse(server.url + (process.argv[2] ?? ''), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
console.log('perf', r.lhr.categories.performance.score, 'CLS', a['cumulative-layout-shift'].displayValue, 'FCP', a['first-contentful-paint'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue, 'TBT', a['total-blocking-time'].displayValue);
console.log(JSON.stringify(a['layout-shifts']?.details?.items ?? a['layout-shift-elements']?.details?.items)?.slice(0, 1200));
console.log(JSON.stringify(a['cls-culprits-insight']?.details)?.slice(0, 1200));
}
chrome.kill(); await server.close();
