/**
 * @astrojs/sitemap sorts its URLs with `localeCompare(b, 'en', { numeric: true })`, which sets up
 * a collator for every comparison: about 0.5 s of a no-change build at 10,000 articles and
 * n log n comparisons. Handed the pages already in that order, its sort (V8's TimSort) makes
 * only n - 1. The sitemap is the same either way: the integration still sorts them itself.
 */
import type { AstroIntegration } from 'astro';

/** The order @astrojs/sitemap gives its URLs, with one collator for every comparison. */
const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** `integration` with its build-done hook given the pages sorted as it sorts them: by their URLs, percent-encoded. */
export function withSortedPages(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  const sortedDone: BuildDone = (params) => {
    const keyed = params.pages.map((page) => ({ page, url: new URL(page.pathname, 'https://site.invalid/').pathname }));
    keyed.sort((a, b) => sitemapOrder(a.url, b.url));
    return done({ ...params, pages: keyed.map((k) => k.page) });
  };
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': sortedDone } };
}
