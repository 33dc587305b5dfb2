/** Without JavaScript the index and an article read completely: the same text as with it. */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PAGES, expect, t, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

/** The text of <main> as a reader with JavaScript sees it, from a separate context. */
async function mainTextWithJs(browser: Browser, baseURL: string, path: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(path);
  // Controls that only work with scripts (copy link, the share sheet) are shown by them: not content.
  await page.locator('[data-js-only]').evaluateAll((els) => els.forEach((el) => el.remove()));
  const text = await page.locator('main').innerText();
  await context.close();
  return text;
}

for (const [kind, path] of [['index', PAGES.index], ['article', PAGES.article]] as const) {
  test(`the ${kind} shows the same content without JavaScript`, async ({ page, browser, baseURL }) => {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(200);
    expect(text).toBe(await mainTextWithJs(browser, baseURL!, path));
  });
}

test('the index lists a full page of articles, each a working link', async ({ page }) => {
  await page.goto(PAGES.index);
  const links = page.locator('.article-list h2 a');
  await expect(links).toHaveCount(20);
  await expect(page.getByRole('navigation', { name: t.pagination })).toBeVisible();
});

test('an article shows its whole body, last paragraph included', async ({ page }) => {
  await page.goto(PAGES.article);
  const source = readFileSync('content/harbour-wall-repairs.md', 'utf8');
  // The last Markdown paragraph, as plain text: links reduced to their text.
  const last = source.trim().split(/\n\s*\n/).at(-1)!.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  await expect(page.locator('article .body')).toContainText(last);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour wall repairs finish two months early');
  // The theme toggle cannot work without scripts, so it stays hidden.
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
});

test('the search page says it needs JavaScript and links to the archive', async ({ page }) => {
  await page.goto(PAGES.search);
  await expect(page.getByText(t.searchNeedsJs)).toBeVisible();
  await page.getByRole('link', { name: t.searchBrowseArchive }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.archiveTitle);
});
