/**
 * The suite's `test`: every test fails on a Content Security Policy violation or an uncaught
 * page error, in any page of its browser context. Specs import `test` and `expect` from here.
 */
import { test as base, expect } from '@playwright/test';
import { dictionary } from '../../src/lib/site/i18n.ts';

/** The e2e build uses the default interface language. */
export const t = dictionary('en');

/** Pages of the e2e build (paths relative to the base URL /news/). */
export const PAGES = {
  index: './',
  article: 'articles/harbour-wall-repairs/',
  tag: 'tags/local/',
  tags: 'tags/',
  archive: 'archive/',
  search: 'search/',
  notFound: 'no-such-page/',
} as const;

/** Every kind of page for the layout checks, the hostile-content article among them (scripts/build-e2e.mjs). */
export const LAYOUT_PAGES = {
  ...PAGES,
  indexPage2: 'page/2/',
  hostileArticle: 'articles/hostile-layout/',
  hostileTag: 'tags/extraordinarilylongtagnamewithoutanyspaces/',
  author: 'authors/mara-ellison/',
  hostileAuthor: 'authors/featherstonehaughwolfeschlegelsteinhausen/',
  archiveYear: 'archive/2001/',
} as const;

export const WIDTHS = [320, 390, 768, 1280, 1920] as const;

export const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy/i;

export const test = base.extend<{ pageProblems: void }>({
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      // Violations also reach the console; this listener names the directive in the report.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      context.on('console', (message) => {
        if (CSP_MESSAGE.test(message.text())) problems.push(`${message.location().url}: ${message.text()}`);
      });
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      await use();
      expect(problems, 'CSP violations or uncaught errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
