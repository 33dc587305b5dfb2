/**
 * Search across index parts: the e2e build splits the index into parts of two articles
 * (scripts/build-e2e.mjs), and the search page merges them into one result list.
 */
import { E2E } from '../../scripts/lib/e2e-site.mjs';
import { PAGES, expect, t, test } from './fixtures.ts';

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

/** Results the list shows (a result's data loads when it scrolls into view; until then it is a placeholder). */
const items = (page: import('@playwright/test').Page) => page.locator('pagefind-results ul.pf-results > li');

/** The titles of the shown results, in order, each scrolled into view so that it loads. */
async function titles(page: import('@playwright/test').Page): Promise<string[]> {
  const out: string[] = [];
  try {
    for (let i = 0; i < (await items(page).count()); i++) {
      await items(page).nth(i).scrollIntoViewIfNeeded({ timeout: 2_000 });
      out.push((await items(page).nth(i).locator('a.pf-result-link').textContent({ timeout: 2_000 })) ?? '');
    }
  } catch {
    // The list was drawn again while being read (a re-sort or a new step): the poll reads it anew.
    return [];
  }
  return out;
}

test('newest first orders results by date across every part, twenty at a time', async ({ page }) => {
  await page.goto(PAGES.search);
  // The fillers are dated 2001-01-01 … 2001-01-21 and the e2e build puts two articles in a part.
  await page.locator('pagefind-input input').fill('routine');
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`);
  await page.getByLabel(t.searchSort).selectOption({ label: t.searchSortNewest });
  const newestFirst = Array.from({ length: E2E.fillers }, (_, i) => `Routine council notice ${String(E2E.fillers - i).padStart(2, '0')}`);
  await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual(newestFirst.slice(0, 20));
  await page.getByRole('button', { name: t.searchMore }).click();
  await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual(newestFirst);
  await expect(page.getByRole('button', { name: t.searchMore })).toBeHidden();
});

test('best match is the default order, and a new search starts again at twenty results', async ({ page }) => {
  await page.goto(`${PAGES.search}?q=routine`);
  await expect(page.getByLabel(t.searchSort)).toHaveValue('relevance');
  await expect(items(page)).toHaveCount(20);
  await expect(page.getByRole('button', { name: t.searchMore })).toBeVisible();
});

test('filter files load when the reader first opens a filter, not with the search, and then filter', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (r) => void (/\/pagefind\/.*filter\/.*\.pf_filter$/.test(r.url()) && filterFiles.push(r.url())));
  await page.goto(`${PAGES.search}?q=routine`);
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`);
  expect(filterFiles).toEqual([]);
  await page.locator('pagefind-filter-dropdown[filter="tag"] .pf-dropdown-trigger').click();
  // Every filler is tagged "notices" (scripts/build-e2e.mjs).
  const notices = page.locator('pagefind-filter-dropdown[filter="tag"] [role="option"][data-value="notices"]');
  await expect(notices).toBeVisible();
  expect(filterFiles.length).toBeGreaterThan(0);
  await notices.click();
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`);
  await expect(items(page).first()).toBeVisible();
});
