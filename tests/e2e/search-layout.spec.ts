/**
 * The search page's look (issue 13): no sideways scroll once a query is typed, excerpts that
 * wrap to more than one line, no broken-image icons, Clear and Escape forgetting ?q=, filter
 * names from the interface dictionary, a meta description.
 */
import { PAGES, WIDTHS, expect, t, test } from './fixtures.ts';

const input = 'pagefind-input input';

/** The hostile-content and harbour-wall articles are in older index parts than the newest, which a query searches first. */
async function searchOlder(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: /^Search older articles/ }).click();
}

test('with results shown, the search page never scrolls sideways', async ({ page }) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${PAGES.search}?q=council`);
    await searchOlder(page);
    await expect(page.locator('pagefind-results a').first()).toBeVisible({ timeout: 20_000 });
    const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(excess, `at ${width}px`).toBe(0);
  }
});

test('excerpts wrap to more than one line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`${PAGES.search}?q=harbour`);
  const excerpt = page.locator('.pf-result-excerpt').first();
  await expect(excerpt).toBeVisible();
  // The results are drawn again as parts answer: measure until the excerpt is a laid-out element with text.
  const lines = () => excerpt.evaluate((el) => el.textContent?.trim() ? el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight) : NaN);
  await expect.poll(lines, { timeout: 10_000 }).toBeGreaterThan(1.5);
  expect(await lines()).toBeLessThanOrEqual(3 + 1 / 16);
});

test('Clear and Escape take ?q= out of the address', async ({ page }) => {
  await page.goto(`${PAGES.search}?q=harbour`);
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await page.locator(input).press('Escape');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.locator(input).fill('ferry');
  await expect(page).toHaveURL(/[?&]q=ferry/);
  await page.locator('.pf-input-clear').click();
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('a thumbnail that fails to load shows no broken image', async ({ page }) => {
  await page.route(/\.(webp|jpe?g|png|svg)(\?.*)?$/, (route) => (route.request().resourceType() === 'image' ? route.abort() : route.continue()));
  await page.goto(`${PAGES.search}?q=harbour`);
  await searchOlder(page);
  const image = page.locator('pagefind-results img').first();
  await expect(image).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => image.evaluate((img) => img.hasAttribute('src'))).toBe(false);
});

test('filters are named in the interface language and the page has a description', async ({ page }) => {
  await page.goto(`${PAGES.search}?q=harbour`);
  await expect(page.locator('pagefind-filter-dropdown[filter="tag"] .pf-dropdown-trigger-label')).toHaveText(t.filterTag);
  await expect(page.locator('pagefind-filter-dropdown[filter="year"] .pf-dropdown-trigger-label')).toHaveText(t.filterYear);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', t.searchDescription);
});

test('the 404 page has a description, a search box that searches, and the latest headlines', async ({ page }) => {
  await page.goto(PAGES.notFound);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', t.notFoundDescription);
  await expect(page.getByRole('heading', { name: t.notFoundLatest })).toBeVisible();
  await expect(page.locator('.headline-list li')).toHaveCount(5);
  await page.getByLabel(t.searchLabel).fill('harbour');
  await page.getByRole('button', { name: t.searchSubmit }).click();
  await expect(page).toHaveURL(/\/news\/search\/\?q=harbour$/);
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
});
