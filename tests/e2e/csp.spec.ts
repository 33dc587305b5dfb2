/**
 * The served headers are the deployable `_headers` file's, and the browser enforces them:
 * inline code is refused and the refusal shows in the console, where the suite's guard
 * (fixtures.ts) looks for it on every test.
 */
import { readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../../scripts/lib/headers.mjs';
import { CSP_MESSAGE, PAGES, expect, test } from './fixtures.ts';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));

for (const [kind, path] of Object.entries(PAGES)) {
  test(`the ${kind} page is served with the headers of public/_headers`, async ({ request, baseURL }) => {
    const url = new URL(path, baseURL);
    const response = await request.get(url.href);
    const expected = headersFor(rules, url.pathname);
    expect(expected['content-security-policy']).toContain("default-src 'self'");
    for (const [name, value] of Object.entries(expected)) expect(response.headers()[name], name).toBe(value);
  });
}

test('the policy refuses inline scripts, event handlers, inline styles and foreign scripts, and says so in the console', async ({ browser, baseURL }) => {
  // A context of its own: the guard in fixtures.ts would rightly fail on these violations.
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => void (CSP_MESSAGE.test(m.text()) && messages.push(m.text())));
  await page.goto(new URL(PAGES.article, baseURL).href);
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { ran?: string[] };
    w.ran = [];
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const inline = document.createElement('script');
    inline.textContent = 'window.ran.push("inline")';
    document.head.append(inline);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.ran.push("handler")');
    handler.src = 'data:,';
    document.body.append(handler);
    const style = document.createElement('style');
    style.textContent = 'body { color: rgb(1, 2, 3) }';
    document.head.append(style);
    const foreign = document.createElement('script');
    foreign.src = 'https://cdn.example.org/tracker.js';
    document.head.append(foreign);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { ran: w.ran, styled: getComputedStyle(document.body).color === 'rgb(1, 2, 3)', violations: violations.sort() };
  });
  expect(outcome).toEqual({ ran: [], styled: false, violations: ['script-src-attr', 'script-src-elem', 'script-src-elem', 'style-src-elem'] });
  await expect.poll(() => messages.length).toBeGreaterThanOrEqual(4);
  await context.close();
});
