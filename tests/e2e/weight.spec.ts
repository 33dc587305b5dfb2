/**
 * Page weight budget of an article on first load: HTML, CSS, JS and fonts, images aside,
 * uncompressed. Every article of content/ is held to it.
 */
import { readdirSync } from 'node:fs';
import { PAGES, expect, test } from './fixtures.ts';

const BUDGET = { total: 60_000, script: 2_000 };
const COUNTED = new Set(['document', 'stylesheet', 'script', 'font']);

/** The article pages built from content/ (the e2e fillers aside). */
const articles = readdirSync('.e2e/dist/articles').filter((slug) => !slug.startsWith('e2e-filler-'));

test('the e2e build has the real articles to weigh', () => {
  expect(articles).toContain(PAGES.article.split('/')[1]);
});

for (const slug of articles) {
  test(`article ${slug} loads within ${BUDGET.total} bytes, ${BUDGET.script} of them JavaScript`, async ({ page }) => {
    const sizes: { type: string; url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (!COUNTED.has(type)) return;
      pending.push(response.body().then((body) => void sizes.push({ type, url: response.url(), bytes: body.length })));
    });
    await page.goto(`articles/${slug}/`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const sum = (types: string[]) => sizes.filter((s) => types.includes(s.type)).reduce((n, s) => n + s.bytes, 0);
    const total = sum([...COUNTED]);
    const script = sum(['script']);
    test.info().annotations.push({ type: 'weight', description: `${total} bytes, ${script} of JavaScript: ${sizes.map((s) => `${s.type} ${s.bytes}`).join(', ')}` });
    expect(sizes.some((s) => s.type === 'document')).toBe(true);
    expect(total, 'HTML + CSS + JS + fonts').toBeLessThanOrEqual(BUDGET.total);
    expect(script, 'JavaScript').toBeLessThanOrEqual(BUDGET.script);
  });
}

/** Pages other than articles and search: JavaScript only for the theme toggle. */
for (const path of ['./', 'page/2/', 'tags/local/', 'tags/', 'archive/', 'archive/2024/', 'authors/mara-ellison/', 'no-such-page/']) {
  test(`${path} loads at most ${BUDGET.script} bytes of JavaScript`, async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => b.length));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET.script);
  });
}
