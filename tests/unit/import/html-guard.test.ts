// The importer's newer behaviours on pages written for these tests: class/id removal guarded
// by the page's main text, language fallbacks, entities and soft hyphens, dates in the page's
// zone, and pages with text but no headline.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, mainTextElement } from '../../../src/lib/import/html-clean.ts';
import { htmlToArticle } from '../../../src/lib/import/html-to-article.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;

const story = [
  'The council agreed on Tuesday to keep the swimming pool open through the winter months.',
  'Heating the water will cost more than last year, but the swimming clubs offered to share it.',
  'A review of the opening hours will follow in the spring, once the first bills have arrived.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

describe('class and id removal, guarded by the main text', () => {
  it('keeps a wrapper named after share, social or comment features when it holds the story', () => {
    const article = htmlToArticle(fixture('social-wrapper.html'));
    expect(article.body).toContain('The island ferry moves to its winter timetable');
    expect(article.body).toContain('the last boat back at 19.15');
    expect(article.body).toContain('The harbour café will shorten its hours');
    // …while the share bar inside it, the comments and the sidebar still go.
    for (const gone of ['Share on Mastodon', 'Email this story', 'Marnie says', 'hospital appointments', 'pier lamps', 'Most read']) {
      expect(article.body).not.toContain(gone);
    }
  });
  it('finds the main text outside sidebars', () => {
    const { element } = mainTextElement(doc(fixture('social-wrapper.html')));
    expect(element?.getAttribute('class')).toContain('post-wrap');
  });
  it('removes a marked element that is small next to the main text, or link-dense', () => {
    const page = doc(
      `<html><body><div class="social-story">${story}</div>` +
        `<div class="social-links"><a href="/a">Follow us on every network we could think of and a few more besides</a> <a href="/b">Another long link text that goes on and on</a></div>` +
        `<div class="related">Read next: pools</div></body></html>`,
    );
    cleanDocument(page);
    expect(page.querySelector('.social-story')).not.toBeNull();
    expect(page.querySelector('.social-links')).toBeNull();
    expect(page.querySelector('.related')).toBeNull();
  });
  it('removes a long list of comments, but keeps a long marked block that is no comment list', () => {
    const comment = (n: number) => `<div class="comment"><p>Comment ${n}: ${'I have views on the pool and its heating bill, and here they are at length. '.repeat(3)}</p></div>`;
    const page = doc(
      `<html><body><div class="entry">${story}</div>` +
        `<section class="comments-area">${[1, 2, 3, 4].map(comment).join('')}</section>` +
        `<div class="share-story-extra"><p>${'The pool first opened in 1962, paid for by a town subscription that took six years to fill. '.repeat(3)}</p></div></body></html>`,
    );
    cleanDocument(page);
    expect(page.querySelector('.comments-area')).toBeNull();
    expect(page.querySelector('.share-story-extra')).not.toBeNull();
  });
});

describe('language, entities and dates of a page', () => {
  const article = htmlToArticle(fixture('lang-and-entities.html'));
  it('normalises `de_CH` and passes over a template leftover in JSON-LD', () => {
    expect(article.meta.lang).toBe('de-CH');
  });
  it('decodes entities and drops soft hyphens in title, author and body', () => {
    expect(article.meta.title).toBe('Neue Velowege am Seeufer – ein Überblick');
    expect(article.meta.author).toBe('Anna Baumann');
    expect(article.body).toContain('zwei neue Velowege entlang des Seeufers');
    expect(article.body).toContain('Stadt & Kanton');
    expect(article.body).not.toMatch(/\u00ad|&amp;|&shy;/);
  });
  it('gives a GMT publication time the calendar date of the page’s own zone (+02:00)', () => {
    // "Tue, 03 May 2022 22:25:56 GMT" is 00:25 on 4 May in the zone the page's meta tag states.
    expect(article.meta.date).toBe('2022-05-04');
  });
  it('falls back from a malformed `lang` to og:locale', () => {
    expect(htmlToArticle(fixture('brief-plain.html')).meta.lang).toBe('en-GB');
  });
  it('uses the caller’s time zone for a page that states none', () => {
    const page = (tz?: string) =>
      htmlToArticle(`<html><head><title>Pool stays open</title><meta property="article:published_time" content="1651624556"></head><body><article>${story}</article></body></html>`, { timeZone: tz });
    expect(page().meta.date).toBe('2022-05-04');
    expect(page('America/Los_Angeles').meta.date).toBe('2022-05-03');
  });
});

describe('pages with text are never refused', () => {
  it('takes a title from the text when the page names none, with a warning', () => {
    const article = htmlToArticle(fixture('no-headline.html'));
    expect(article.meta.title).toMatch(/^Water supply on the east side of the village will be cut off/);
    expect(article.meta.title.length).toBeLessThanOrEqual(91);
    expect(article.body).toContain('Bottled water will be handed out at the village hall.');
    expect(article.warnings.join('\n')).toMatch(/names no headline.*taken from the text/);
  });
  it('imports a one-sentence brief', () => {
    const article = htmlToArticle(fixture('brief-plain.html'));
    expect(article.meta.title).toBe('Library closed Monday');
    expect(article.body).toContain('The library is closed on Monday for a new heating boiler.');
  });
  it('still refuses a page without text, saying why', () => {
    expect(() => htmlToArticle(fixture('broken.html'))).toThrow(/no article found in the page: fewer than 80 letters/);
  });

  it('refuses a page of menus and links alone instead of importing the menu as the article', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/section-${i}">Section number ${i} of the paper</a>`).join(' ');
    const menus = `<html><head><title>Valley Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div>${links}</div></body></html>`;
    expect(() => htmlToArticle(menus)).toThrow(/no article found in the page: fewer than 80 letters of text outside links/);
    expect(() => htmlToArticle('<html><head><title>Valley Gazette</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>')).toThrow(/no article found/);
  });

  it('still takes a short brief whose one sentence carries a link', () => {
    const brief = '<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1><p>The morning ferry to the island runs again from Monday, the <a href="/port">port authority</a> said on Friday after the repairs.</p></article></body></html>';
    expect(htmlToArticle(brief).body).toContain('The morning ferry to the island runs again from Monday');
  });
});

describe('the text classifier over the extracted article', () => {
  it('removes in-body "read also", newsletter and "you may like" lines and keeps the prose', () => {
    const decided: string[] = [];
    const article = htmlToArticle(fixture('in-body-boilerplate.html'), {
      onClassify: (result) => decided.push(...result.decisions.filter((d) => !d.keep).map((d) => d.rule)),
    });
    for (const kept of ['volvió a abrir sus puertas este sábado', 'recuperan ahora sus puestos de siempre', 'unas cuatro mil visitas cada semana']) {
      expect(article.body).toContain(kept);
    }
    for (const gone of ['Lea también', 'Suscríbete a nuestro boletín', 'Te puede interesar']) expect(article.body).not.toContain(gone);
    expect(decided.filter((r) => r.startsWith('boilerplate:')).length).toBeGreaterThanOrEqual(3);
  });
  it('acts on the classifier’s rules only, never on its text features alone', () => {
    // A short line between paragraphs is what feature labels call "short"; here it is the article's.
    const html = `<html><head><title>Pool stays open</title></head><body><article>${story}<p>Mara Quill, harbour master</p><p>The clubs will meet the council again in the spring to review the bills.</p></article></body></html>`;
    expect(htmlToArticle(html).body).toContain('Mara Quill, harbour master');
  });
});
