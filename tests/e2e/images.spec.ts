/**
 * Issue 13: a fresh clone shows no broken picture. Every image on the front page and on the
 * sample articles loads: main images and body images (`![](images/x.jpg)` beside the article)
 * alike, from files the repository ships.
 */
import { PAGES, expect, test } from './fixtures.ts';

const SAMPLES = ['harbour-wall-repairs', 'library-late-hours', 'mercado-de-abastos'];

for (const path of [PAGES.index, ...SAMPLES.map((slug) => `articles/${slug}/`)]) {
  test(`every picture on ${path} loads`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path, { waitUntil: 'load' });
    const images = page.locator('main img');
    expect(await images.count(), 'pictures on the page').toBeGreaterThan(0);
    // Lazy pictures load once scrolled to; then each must have decoded pixels.
    for (const img of await images.all()) await img.scrollIntoViewIfNeeded();
    await expect.poll(() => images.evaluateAll((els) => (els as HTMLImageElement[]).filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.currentSrc || img.src))).toEqual([]);
  });
}
