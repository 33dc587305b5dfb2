// The importer's fallbacks for a page whose boilerplate removal leaves Readability nothing: the
// page is read again as saved (with a warning to check it), and a page with no text at all is
// refused with the reason, never imported empty.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/article.ts';
import { htmlToArticle } from '../../../src/lib/import/html-to-article.ts';

const story = [
  'The ferry to the island moves to its winter timetable on Monday, with two crossings a day instead of five.',
  'The first boat leaves the harbour at half past seven, and the last one comes back at a quarter past six.',
  'Residents asked for a later boat on Fridays, and the operator said it would look at the numbers in the new year.',
];

/** A page builder that wraps the whole story in a <form>, next to a script larger than the story. */
const formWrapped = `<!doctype html><html lang="en"><head><title>Ferry winter timetable</title></head><body>
<h1>Ferry winter timetable</h1>
<form action="/page-builder" method="post">${story.map((t) => `<p>${t}</p>`).join('\n')}</form>
<script>window.__STATE__ = ${JSON.stringify({ blocks: Array.from({ length: 40 }, (_, i) => ({ id: `block-${i}`, kind: 'paragraph', settings: 'default' })) })};</script>
</body></html>`;

describe('a page whose boilerplate removal leaves no article', () => {
  it('is read again as saved: the story is kept, and a warning says the body was not cleaned', () => {
    const article = htmlToArticle(formWrapped);
    for (const sentence of story) expect(article.body).toContain(sentence);
    expect(article.body).not.toContain('__STATE__');
    expect(article.warnings.join('\n')).toMatch(/only in the page as saved, before boilerplate removal; check the body for comments and menus/);
  });

  it('is refused with the reason when the page as saved has no text either', () => {
    const shell = `<!doctype html><html lang="en"><head><title>Ferry winter timetable</title></head><body><div id="app"></div><script>${'render();'.repeat(50)}</script></body></html>`;
    expect(() => htmlToArticle(shell)).toThrow(ImportError);
    expect(() => htmlToArticle(shell)).toThrow(/no article found in the page/);
  });
});
