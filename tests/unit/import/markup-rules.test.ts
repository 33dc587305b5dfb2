// The importer's markup rules (one row per kind of boilerplate) and the link-list pass, on markup
// written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/lib/import/html-clean.ts';
import { htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';
import { MARKUP_RULES } from '../../../src/lib/import/markup-rules.ts';

const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;
const ruleFor = (token: string) => MARKUP_RULES.filter((r) => r.token.test(token)).map((r) => r.id);

const story = [
  'The harbour board approved a new slipway for the rowing club after two years of talks.',
  'Work starts in March and should finish before the summer regatta, weather permitting.',
  'The club will pay a third of the cost from its own savings and a local appeal.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

describe('markup rules', () => {
  it('name the kind of boilerplate for each token', () => {
    expect(ruleFor('comment-list')).toEqual(['comments']);
    expect(ruleFor('ad-slot')).toEqual(['ads']);
    expect(ruleFor('top_ad')).toEqual(['ads']);
    expect(ruleFor('cookie-banner')).toEqual(['consent']);
    expect(ruleFor('breadcrumbs')).toEqual(['navigation']);
    expect(ruleFor('newsletter-signup')).toEqual(['newsletter']);
    expect(ruleFor('paywall')).toEqual(['paywall']);
    expect(ruleFor('more-stories')).toEqual(['related']);
    expect(ruleFor('photo-credit')).toEqual(['credit']);
    expect(ruleFor('image_credit')).toEqual(['credit']);
  });
  it('leave ordinary tokens alone', () => {
    for (const token of ['entry-content', 'header', 'download', 'shadow', 'head', 'reading', 'advice', 'admin-bar-free', 'menus2go-story']) {
      expect(ruleFor(token), token).toEqual([]);
    }
  });
  it('remove ads, consent notices and breadcrumbs around the story', () => {
    const page = doc(
      `<html><body><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ol>` +
        `<div class="story">${story}<div class="ad-slot">Advertisement</div></div>` +
        `<div class="cookie-banner"><p>We use cookies to improve your visit.</p></div></body></html>`,
    );
    cleanDocument(page);
    const text = page.body.textContent ?? '';
    expect(text).toContain('new slipway for the rowing club');
    for (const gone of ['Home', 'Advertisement', 'We use cookies']) expect(text).not.toContain(gone);
  });
});

describe('link lists in the extracted article', () => {
  it('drops a list of links and its short label', () => {
    const html = `${story}<h3>You may also like</h3><ul><li><a href="/a">Regatta results in full</a></li><li><a href="/b">New coach for the juniors</a></li></ul><p>The board meets again in May.</p>`;
    const { markdown } = htmlToMarkdown(html);
    expect(markdown).not.toContain('You may also like');
    expect(markdown).not.toContain('Regatta results');
    expect(markdown).toContain('The board meets again in May.');
  });
  it('keeps a list whose items are prose with a link in them, and a label that is a sentence', () => {
    const html = `<p>The plan has three stages.</p><ul><li>First the old ramp is removed, as the <a href="/survey">survey</a> advised.</li><li>Then the piles are driven at low tide over <a href="/tides">two weeks</a>.</li></ul>`;
    const { markdown } = htmlToMarkdown(html);
    expect(markdown).toContain('The plan has three stages.');
    expect(markdown).toContain('First the old ramp is removed');
    expect(markdown).toContain('Then the piles are driven');
  });
  it('keeps a single link item', () => {
    const { markdown } = htmlToMarkdown(`<p>Read the plan:</p><ul><li><a href="/plan.pdf">Slipway plan (PDF)</a></li></ul>`);
    expect(markdown).toContain('Slipway plan (PDF)');
  });
});
