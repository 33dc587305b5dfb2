/** A reader's way through the site, as the issue tells it, in one browser tab. */
import { PAGES, expect, t, test } from './fixtures.ts';

test.use({ colorScheme: 'light' });

test('a reader pages, reads, follows a tag, goes back, searches, switches theme and hits a missing page', async ({ page }) => {
  await test.step('open the index', async () => {
    await page.goto(PAGES.index);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.latestArticles);
    await expect(page.locator('.article-list > li')).toHaveCount(20);
  });

  await test.step('page to page 2', async () => {
    await page.getByRole('navigation', { name: t.pagination }).getByRole('link', { name: `${t.older} →` }).click();
    await expect(page).toHaveURL(/\/news\/page\/2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t.pageN(2));
  });

  let title = '';
  await test.step('open an article', async () => {
    const link = page.locator('.article-list h2 a').first();
    title = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/news\/articles\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
  const articleUrl = page.url();

  await test.step('follow a tag', async () => {
    const tag = page.locator('article footer .tag-list a').first();
    const name = (await tag.textContent())!.trim();
    await tag.click();
    await expect(page).toHaveURL(/\/news\/tags\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.taggedWith(name));
    await expect(page.locator('.article-list').getByRole('link', { name: title, exact: true })).toBeVisible();
  });

  await test.step('go back', async () => {
    await page.goBack();
    await expect(page).toHaveURL(articleUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  await test.step('search for a word from an article body and open the hit', async () => {
    await page.getByRole('navigation', { name: t.siteNav }).getByRole('link', { name: t.navSearch }).click();
    await expect(page).toHaveURL(/\/news\/search\/$/);
    // "pontoon" is only in the body of the harbour-wall article, not in its title or summary.
    await page.getByRole('searchbox').or(page.locator('pagefind-input input')).first().fill('pontoon');
    // The article is older than the newest index part the first search covers: the page goes on to older parts by itself.
    const hit = page.locator('pagefind-results a[href*="/news/articles/harbour-wall-repairs/"]').first();
    await expect(hit).toBeVisible({ timeout: 30_000 });
    await hit.click();
    await expect(page).toHaveURL(/\/news\/articles\/harbour-wall-repairs\/(#.*)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour wall repairs finish two months early');
  });

  let dark = '';
  await test.step('switch the theme to dark, reload (the choice stays), then back to the system', async () => {
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveText(t.themeLabel.system);
    await toggle.click();
    await expect(toggle).toHaveText(t.themeLabel.light);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(toggle).toHaveText(t.themeLabel.dark);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-theme-toggle]')).toHaveText(t.themeLabel.dark);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  });

  await test.step('open an unknown URL and get the 404 page', async () => {
    const response = await page.goto(PAGES.notFound);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFoundTitle);
    await expect(page.getByRole('link', { name: t.backHome })).toHaveAttribute('href', '/news/');
    // Served at a nested address, its stylesheet and theme script still load: still dark.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  });
});
