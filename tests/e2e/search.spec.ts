/**
 * Search across index parts: the e2e build splits the index into parts of two articles
 * (scripts/build-e2e.mjs). A query searches the newest part first, and goes on to older parts by
 * itself while they give no result (src/lib/search/seek.ts); "Search older articles" merges older
 * parts one at a time, their results below the ones shown (src/lib/search/tiers.ts).
 * Parts, newest first: 0 holds Nov–Oct 2024 (no filler, no "pontoon"), 3 the harbour-wall article,
 * 4 … 14 the fillers (dated 2001-01-01 … 2001-01-21), two a part.
 */
import { E2E } from '../../scripts/lib/e2e-site.mjs';
import { PAGES, expect, t, test } from './fixtures.ts';

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

/** The older parts' button, whatever years it names. */
const older = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /^Search older articles \(/ });

/** Bundle folders of the older parts the page fetched files from, in order of first fetch. */
function partFetches(page: import('@playwright/test').Page): string[] {
  const parts: string[] = [];
  page.on('request', (r) => {
    const part = /\/pagefind\/(part-\d+)\//.exec(r.url())?.[1];
    if (part && !parts.includes(part)) parts.push(part);
  });
  return parts;
}

/** What the page tells screen readers (Pagefind's live regions), in order: read with `heard(page)`. */
async function listen(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[data-pagefind-announcer] [aria-live]')) {
        const text = region.textContent ?? '';
        if (text && said.at(-1) !== text) said.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}
const heard = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

/** Presses "Search older articles" until every part is searched. */
async function searchEveryPart(page: import('@playwright/test').Page) {
  // Eleven presses, each a merge and a search on a machine the team shares.
  test.setTimeout(180_000);
  while (await older(page).isVisible({ timeout: 5_000 }).catch(() => false)) {
    await older(page).click();
    await expect(page.locator('pagefind-summary')).not.toHaveText(/Searching/, { timeout: 30_000 });
    await page.waitForTimeout(300);
  }
}

test('a word only in an older part: the page searches older parts by itself until one has a hit, and says since when', async ({ page }) => {
  const parts = partFetches(page);
  await listen(page);
  const fragments: string[] = [];
  page.on('response', (r) => void (/\/pagefind\/.*fragment\//.test(r.url()) && fragments.push(new URL(r.url()).pathname)));
  await page.goto(PAGES.search);
  const merged = JSON.parse((await page.locator('pagefind-config').getAttribute('data-merge-bundles')) ?? '[]') as string[];
  expect(merged.length).toBeGreaterThan(4);
  // "pontoon" is only in the harbour-wall article, in the fourth part: no click.
  await page.locator('pagefind-input input').fill('pontoon');
  await expect(page.locator('pagefind-results a[href="/news/articles/harbour-wall-repairs/"]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('pagefind-summary')).toHaveText('1 result for pontoon since February 2001');
  // The three parts after the newest, and no further.
  expect(parts.map((p) => `/news/pagefind/${p}/`)).toEqual(merged.slice(0, 3));
  expect(fragments.length).toBeGreaterThan(0);
  for (const fragment of fragments) expect(merged.some((bundle) => fragment.startsWith(bundle)), fragment).toBe(true);
  // Screen readers hear the count line, never a bare "No results" while older parts are searched.
  await expect.poll(() => heard(page)).toContain('1 result for pontoon since February 2001');
  expect(await heard(page)).toContain('No results for pontoon since October 2024; searching older articles…');
  expect((await heard(page)).filter((text) => /^No results for \W?pontoon\W?$/.test(text))).toEqual([]);
  // Older parts are left: the reader can still go further.
  await expect(older(page)).toHaveText('Search older articles (2001)');
  await expect(page.locator('[data-search-seeking]')).toHaveCount(0);
  // An emptied box shows no button.
  await page.locator('pagefind-input input').fill('');
  await expect(older(page)).toBeHidden();
});

test('a word in no article: the page searches ten older parts by itself, then every part on request, and says there is none anywhere', async ({ page }) => {
  test.setTimeout(120_000);
  const parts = partFetches(page);
  await listen(page);
  await page.goto(PAGES.search);
  const merged = JSON.parse((await page.locator('pagefind-config').getAttribute('data-merge-bundles')) ?? '[]') as string[];
  // The e2e site has more older parts than the page seeks through in one go (seek.ts SEEK_PARTS).
  expect(merged.length).toBeGreaterThan(10);
  await page.locator('pagefind-input input').fill('zeppelin');
  await expect(page.locator('pagefind-summary')).toHaveText(/^No results for zeppelin since [A-Z][a-z]+ \d{4}$/, { timeout: 60_000 });
  await expect(page.locator('[data-search-seeking]')).toHaveCount(0);
  expect(parts.map((p) => `/news/pagefind/${p}/`)).toEqual(merged.slice(0, 10));
  await expect(older(page)).toBeVisible();
  await older(page).click();
  await expect(page.locator('pagefind-summary')).toHaveText('No results for zeppelin in any article', { timeout: 60_000 });
  await expect.poll(() => heard(page)).toContain('No results for zeppelin in any article');
  expect(parts.map((p) => `/news/pagefind/${p}/`)).toEqual(merged);
  await expect(items(page)).toHaveCount(0);
  await expect(older(page)).toBeHidden();
  await expect(page.getByRole('button', { name: t.searchMore })).toBeHidden();
});

test('a hit in the newest part: no older part is searched until the reader asks', async ({ page }) => {
  const parts = partFetches(page);
  await page.goto(`${PAGES.search}?q=harbour`);
  await expect(page.locator('pagefind-summary')).toHaveText(/^\d+ results? for harbour since October 2024$/);
  await expect(items(page).first()).toBeVisible();
  await expect(older(page)).toHaveText('Search older articles (2001–2024)');
  // Give a wrongly eager page the time to fetch an older part.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  expect(parts).toEqual([]);
  await expect(page.locator('pagefind-summary')).toHaveText(/since October 2024$/);
  await older(page).click();
  await expect.poll(() => parts.length, { timeout: 30_000 }).toBeGreaterThan(0);
});

test('best match comes tier by tier: each older part’s results below the newer ones, until every part is searched', async ({ page }) => {
  // "routine" is in the fillers only: the page goes on to the first part holding two.
  await page.goto(`${PAGES.search}?q=routine`);
  await expect(page.locator('pagefind-summary')).toHaveText('2 results for routine since January 2001', { timeout: 30_000 });
  await searchEveryPart(page);
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`);
  // Fillers 20 and 21 share a part, then 18 and 19, …: the pairs come newest first.
  const pairs = (list: string[]) => list.map((title) => Math.floor(Number(title.slice(-2)) / 2));
  await expect.poll(async () => pairs(await titles(page)), { timeout: 30_000 }).toEqual(Array.from({ length: E2E.fillers }, (_, i) => Math.floor((E2E.fillers - i) / 2)).sort((a, b) => b - a));
});

test('newest first orders results by date across the searched parts, and a new search shows twenty at a time', async ({ page }) => {
  await page.goto(`${PAGES.search}?q=routine`);
  await page.getByLabel(t.searchSort).selectOption({ label: t.searchSortNewest });
  await expect(page.locator('pagefind-summary')).toHaveText('2 results for routine since January 2001', { timeout: 30_000 });
  await searchEveryPart(page);
  const newestFirst = Array.from({ length: E2E.fillers }, (_, i) => `Routine council notice ${String(E2E.fillers - i).padStart(2, '0')}`);
  await expect.poll(() => titles(page), { timeout: 30_000 }).toEqual(newestFirst);
  // Every part is merged now: a new search finds all 21 at once and shows twenty.
  await page.locator('pagefind-input input').fill('closures');
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for closures`);
  await expect(items(page)).toHaveCount(20);
  await page.getByRole('button', { name: t.searchMore }).click();
  await expect(items(page)).not.toHaveCount(20);
});

test('best match is the default order', async ({ page }) => {
  await page.goto(`${PAGES.search}?q=routine`);
  await expect(page.getByLabel(t.searchSort)).toHaveValue('relevance');
});

test('filter files load when the reader first opens a filter, not with the search; a year searches every part holding it', async ({ page }) => {
  const filterFiles: string[] = [];
  page.on('request', (r) => void (/\/pagefind\/.*filter\/.*\.pf_filter$/.test(r.url()) && filterFiles.push(r.url())));
  await page.goto(`${PAGES.search}?q=routine`);
  await expect(page.locator('pagefind-summary')).toHaveText('2 results for routine since January 2001', { timeout: 30_000 });
  expect(filterFiles).toEqual([]);
  await page.locator('pagefind-filter-dropdown[filter="tag"] .pf-dropdown-trigger').click();
  // Every filler is tagged "notices" (scripts/build-e2e.mjs).
  const notices = page.locator('pagefind-filter-dropdown[filter="tag"] [role="option"][data-value="notices"]');
  await expect(notices).toBeVisible();
  expect(filterFiles.length).toBeGreaterThan(0);
  await notices.click();
  await expect(page.locator('pagefind-summary')).toHaveText('2 results for routine since January 2001');
  await expect(items(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  // 2001 is in the searched parts' years; choosing it searches every part that holds 2001.
  await page.locator('pagefind-filter-dropdown[filter="year"] .pf-dropdown-trigger').click();
  await page.locator('pagefind-filter-dropdown[filter="year"] [role="option"][data-value="2001"]').click();
  await expect(page.locator('pagefind-summary')).toHaveText(`${E2E.fillers} results for routine`, { timeout: 30_000 });
  await expect(older(page)).toBeHidden();
  // The harbour-wall article is of 2024: with 2001 chosen, nothing, and the line says the filter narrowed it.
  await page.keyboard.press('Escape');
  await page.locator('pagefind-input input').fill('pontoon');
  await expect(page.locator('pagefind-summary')).toHaveText('No results for pontoon with the chosen filters', { timeout: 30_000 });
});
