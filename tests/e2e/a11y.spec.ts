/** axe-core on every kind of page, in the light and dark schemes and with the reader's explicit choice. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PAGES, expect, test } from './fixtures.ts';

const KINDS = ['index', 'article', 'tag', 'tags', 'archive', 'search', 'notFound'] as const;

/** One line per violation and element, so a failure says what to fix where. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** Pages with scripts that change the page: let them finish, and give search something to show. */
async function settle(page: Page, kind: (typeof KINDS)[number]) {
  if (kind === 'search') {
    await page.locator('pagefind-input input').fill('harbour');
    await expect(page.locator('pagefind-results a').first()).toBeVisible();
  }
  if (kind !== 'notFound') await expect(page.locator('[data-theme-toggle]')).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const kind of KINDS) {
      test(`${kind} page has no axe violations`, async ({ page }) => {
        await page.goto(PAGES[kind]);
        await settle(page, kind);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test.describe('dark theme chosen with the toggle on a light system', () => {
  test.use({ colorScheme: 'light' });
  for (const kind of ['index', 'article'] as const) {
    test(`${kind} page has no axe violations`, async ({ page }) => {
      await page.goto(PAGES[kind]);
      // system → light → dark
      await page.locator('[data-theme-toggle]').click();
      await page.locator('[data-theme-toggle]').click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await violations(page)).toEqual([]);
    });
  }
});
