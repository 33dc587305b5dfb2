/**
 * Search across index parts: the e2e build splits the index into parts of two articles
 * (scripts/build-e2e.mjs), and the search page merges them into one result list.
 */
import { E2E } from '../../scripts/lib/e2e-site.mjs';
import { PAGES, expect, test } from './fixtures.ts';

test('a hit that lives in a merged part is found and loaded from that part', async ({ page }) => {
  const fragments: string[] = [];
  page.on('response', (r) => void (/\/pagefind\/.*fragment\//.test(r.url()) && fragments.push(new URL(r.url()).pathname)));
  await page.goto(PAGES.search);
  const merged = JSON.parse((await page.locator('pagefind-config').getAttribute('data-merge-bundles')) ?? '[]') as string[];
  expect(merged.length).toBeGreaterThan(1);
  // "pontoon" is only in the harbour-wall article, which the build puts in a merged part.
  await page.locator('pagefind-input input').fill('pontoon');
  await expect(page.locator('pagefind-results a[href="/news/articles/harbour-wall-repairs/"]').first()).toBeVisible();
  expect(fragments.length).toBeGreaterThan(0);
  for (const fragment of fragments) expect(merged.some((bundle) => fragment.startsWith(bundle)), fragment).toBe(true);
});

test('results from every part come in one list', async ({ page }) => {
  await page.goto(PAGES.search);
  // Only the fillers are "Routine council notice"s, and they are spread over most of the parts.
  await page.locator('pagefind-input input').fill('routine');
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`);
});
