/**
 * The layout budgets of issue 13, in the browser: no page kind scrolls sideways at any of the
 * widths in either scheme (hostile content included), one container for masthead, main and
 * footer, layout shift within 0.02, a one-line theme toggle on a phone, and print styles.
 */
import type { Page } from '@playwright/test';
import { LAYOUT_PAGES, PAGES, WIDTHS, expect, t, test } from './fixtures.ts';

/** How far the page is wider than the viewport, with the elements that stick out. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const excess = document.documentElement.scrollWidth - width;
    const culprits = excess > 0
      ? [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1).slice(-3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      : [];
    return { excess, culprits };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [kind, path] of Object.entries(LAYOUT_PAGES)) {
      test(`${kind} does not scroll sideways at ${WIDTHS.join(', ')} px`, async ({ page }) => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          expect(await overflow(page), `${kind} at ${width}px`).toEqual({ excess: 0, culprits: [] });
        }
      });
    }
  });
}

/** One rounded box measure of each selector's first match on `path`, at each of the widths. */
async function measureAtWidths(page: Page, path: string, selectors: string[], measure: 'width' | 'left') {
  const rows: { width: number; values: number[] }[] = [];
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const values = await page.evaluate(
      ([list, key]) => (list as string[]).map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect()[key as 'width' | 'left'])),
      [selectors, measure] as const,
    );
    rows.push({ width, values });
  }
  return rows;
}

test('masthead, main column and footer share one container width', async ({ page }) => {
  for (const { width, values } of await measureAtWidths(page, PAGES.article, ['.masthead-top', 'main', '.footer-grid'], 'width')) {
    expect(new Set(values).size, `${values.join(' / ')} at ${width}px`).toBe(1);
  }
});

test('masthead, page heading and footer start at one left edge', async ({ page }) => {
  // Markup-free: the first link of the banner, the h1 of main, the first link of the footer.
  for (const { width, values } of await measureAtWidths(page, PAGES.tag, ['header a', 'main h1', 'footer a'], 'left')) {
    expect(new Set(values).size, `${values.join(' / ')} at ${width}px`).toBe(1);
  }
});

test('dates in the archive and in related stories are set as meta and never wrap', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  for (const path of [LAYOUT_PAGES.archiveYear, PAGES.article]) {
    await page.goto(path);
    const dates = await page.locator('main time').evaluateAll((els) => {
      const body = getComputedStyle(document.body);
      return els.map((el) => {
        const style = getComputedStyle(el);
        return {
          date: el.textContent,
          lines: el.getClientRects().length,
          nowrap: style.whiteSpace === 'nowrap' || style.textWrapMode === 'nowrap',
          meta: style.color !== body.color && style.fontFamily !== body.fontFamily,
        };
      });
    });
    expect(dates.length, path).toBeGreaterThan(3);
    for (const d of dates) expect(d, `${path}: ${d.date}`).toEqual({ date: d.date, lines: 1, nowrap: true, meta: true });
  }
});

/** Cumulative layout shift of a load, from the browser's own layout-shift entries. */
async function cls(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );
}

for (const width of [390, 1280]) {
  test(`layout shift stays within 0.02 on every page kind at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const [kind, path] of Object.entries(LAYOUT_PAGES)) {
      expect(await cls(page, path), kind).toBeLessThanOrEqual(0.02);
    }
  });
}

test('a remote picture of unknown size gets a reserved frame before it loads', async ({ page }) => {
  // The picture is held back until the frame is measured, however slow the machine.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/e2e-remote.svg', async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(LAYOUT_PAGES.hostileArticle, { waitUntil: 'domcontentloaded' });
  // Markup-free: the picture itself holds its space while it is still on its way.
  const picture = page.locator('main img[src$="e2e-remote.svg"]').first();
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'still loading').toBe(false);
  const frame = await picture.boundingBox();
  expect(frame!.height).toBeGreaterThan(frame!.width * 0.5);
  release();
  await expect(page.locator('.hero figcaption')).toContainText(t.imageCredit('E2E Fixture Agency'));
});

test('the theme toggle stays on one line on the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(PAGES.index);
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toBeVisible();
  // Three states, each named in words on one line, and round again to the first.
  const labels: string[] = [];
  for (let click = 0; click < 4; click++) {
    const label = (await toggle.textContent())!.trim();
    labels.push(label);
    const { height, lineHeight } = await toggle.evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 16 }));
    expect(height, label).toBeLessThan(44 + lineHeight);
    await toggle.click();
  }
  expect(new Set(labels).size, labels.join(' → ')).toBe(3);
  expect(labels).toEqual([t.themeLabel.system, t.themeLabel.light, t.themeLabel.dark, t.themeLabel.system]);
});

test('the masthead marks the current section and links search', async ({ page }) => {
  await page.goto(PAGES.tag);
  const nav = page.getByRole('navigation', { name: t.siteNav });
  await expect(nav.locator('[aria-current="page"]')).toHaveText('local');
  await expect(nav.getByRole('link', { name: t.navSearch })).toHaveAttribute('href', '/news/search/');
  await page.goto(PAGES.index);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(t.home);
});

test('the footer shows the feeds, archive and search', async ({ page }) => {
  await page.goto(PAGES.index);
  const footer = page.locator('.site-footer');
  for (const [name, href] of [[t.rssFeed, '/news/rss.xml'], [t.jsonFeed, '/news/feed.json'], [t.navArchive, '/news/archive/'], [t.navSearch, '/news/search/']] as const) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
});

test('every byline links to the author page, which lists their articles', async ({ page }) => {
  await page.goto(PAGES.article);
  await page.locator('.article-header .byline a[rel="author"]').click();
  await expect(page).toHaveURL(/\/news\/authors\/mara-ellison\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.authorTitle('Mara Ellison'));
  await expect(page.locator('.article-list').getByRole('link', { name: 'Harbour wall repairs finish two months early' })).toBeVisible();
});

test('a long article has a table of contents whose links reach its sections', async ({ page }) => {
  await page.goto(LAYOUT_PAGES.hostileArticle);
  const toc = page.getByRole('navigation', { name: t.contents });
  await expect(toc.getByRole('link')).toHaveCount(4);
  const href = await toc.getByRole('link').nth(2).getAttribute('href');
  await expect(page.locator(`h2${href}`)).toHaveText('Second section');
});

test('the source box names the publication by its domain and links the original', async ({ page }) => {
  await page.goto(LAYOUT_PAGES.hostileArticle);
  const box = page.locator('.source');
  await expect(box.locator('.source-name')).toHaveText('example-press.org');
  await expect(box.getByRole('link', { name: t.sourceRead })).toHaveAttribute('href', /^https:\/\/www\.example-press\.org\//);
});

test('copy link puts the page address on the clipboard; share links are plain URLs', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGES.article);
  await page.getByRole('button', { name: t.copyLink }).click();
  await expect(page.getByRole('status')).toHaveText(t.linkCopied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(PAGES.article, baseURL).href);
  const x = await page.getByRole('link', { name: t.shareVia('X') }).getAttribute('href');
  expect(new URL(x!).searchParams.get('url')).toBe(new URL(PAGES.article, baseURL).href);
});

test.describe('print', () => {
  test('the printed text starts with the site name, gives the source URL, and has no back-link arrow', async ({ page }) => {
    // Markup-free: what a printer gets is the text rendered under print media.
    await page.goto(LAYOUT_PAGES.hostileArticle);
    await page.emulateMedia({ media: 'print' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.trim().split('\n')[0]).toBe('News Reader');
    expect(text).toContain('https://www.example-press.org/2001/02/03/harbourfront-promenade-reconstruction-complete');
    expect(text).not.toContain('↩');
    const pageMargins = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule && rule.style.margin !== '')),
    );
    expect(pageMargins, '@page margins').toBe(true);
  });


  test('prints the site name, the source URL, wrapped titles and code, and no footnote back-link', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto(LAYOUT_PAGES.hostileArticle);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-site')).toBeVisible();
    await expect(page.locator('.source .print-href')).toBeVisible();
    await expect(page.locator('.source .print-href')).toContainText('https://www.example-press.org/');
    await expect(page.locator('.body [data-footnote-backref]').first()).toBeHidden();
    await expect(page.locator('.masthead')).toBeHidden();
    expect(await overflow(page)).toEqual({ excess: 0, culprits: [] });
    const pre = await page.locator('.body pre').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(pre.scroll).toBeLessThanOrEqual(pre.client);
  });
});
