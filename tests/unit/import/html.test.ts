import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { extractPage, stripSiteName } from '../../../src/lib/import/html-extract.ts';
import { htmlToArticle } from '../../../src/lib/import/html-to-article.ts';
import { htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of every paragraph and list item the fixture's article body holds, as the page has it. */
function articleBlocks(html: string, bodySelector: string): string[] {
  const { document } = parseHTML(html);
  const body = document.querySelector(bodySelector);
  if (!body) throw new Error(`fixture has no ${bodySelector}`);
  return [...body.querySelectorAll('p, li')]
    .filter((el) => !el.closest('aside, .jp-relatedposts, .sharedaddy'))
    .map((el) => squash(el.textContent ?? ''))
    .filter(Boolean);
}

/** Text of every paragraph in the imported Markdown, including those in lists and quotes. */
function markdownParagraphs(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const found: string[] = [];
  visit(tree, 'paragraph', (node) => {
    found.push(squash(toString(node)));
  });
  return found;
}

const cases = [
  {
    name: 'drupal-es.html',
    cms: 'Drupal (Olivero) with comments, a comment form and a math CAPTCHA',
    body: '.field--name-body',
    gone: ['Mi abuela guardaba', 'Vecina del barrio alto', 'Qué buena noticia', 'Responder', 'Comentarios', 'Añadir nuevo comentario', 'Su nombre', 'Asunto', 'Formato de texto', 'Texto plano', 'No se permiten etiquetas HTML', 'CAPTCHA', 'Esta pregunta es para comprobar', 'Pregunta matemática', '4 + 9', 'Resuelva este sencillo', 'Guardar', 'Vista previa', 'Compartir en', 'WhatsApp', 'Noticias relacionadas', 'huerto escolar', 'Por Marta'],
  },
  {
    name: 'wordpress-en.html',
    cms: 'WordPress with threaded comments, the reply form, Jetpack sharing and related posts',
    body: '.entry-content',
    gone: ['Gwen', 'children could not believe', 'lovely morning', 'says:', 'Leave a Reply', 'Cancel reply', 'Your email address will not be published', 'Required fields', 'Save my name', 'Post Comment', 'Akismet', 'Share this', 'Twitter', 'Facebook', 'Related', 'eel pass', 'samphire', 'Skip to content', 'Recent Posts', 'Search'],
  },
  {
    name: 'disqus-en.html',
    cms: 'a static blog with a Disqus embed, share buttons and related posts',
    body: '.post-content',
    gone: ['Please enable JavaScript', 'comments powered by', 'Disqus', 'disqus', 'Share this post', 'Share on Mastodon', 'Send by email', 'You might also like', 'Stevenson screen', 'snow depth'],
  },
  {
    name: 'news-jsonld.html',
    cms: 'a news site with JSON-LD, reader comments, a reCAPTCHA form, a newsletter box and related stories',
    body: '.story-body',
    gone: ['harbourwatcher', 'About time too', 'Skerrow exile', 'Good to see her back', 'Post a comment', 'Display name', 'Your comment', 'reCAPTCHA', 'Submit comment', 'Share on', 'Copy link', 'Related stories', 'Ferry engine fails', 'Helicopter brings supplies', 'newsletter', 'Sign up', 'cookies', 'Comments (2)', 'By Isla'],
  },
];

describe.each(cases)('$name: $cms', ({ name, body, gone }) => {
  const html = fixture(name);
  const article = htmlToArticle(html);

  it('keeps every paragraph and list item of the article', () => {
    const expected = articleBlocks(html, body);
    expect(expected.length).toBeGreaterThan(4);
    const kept = markdownParagraphs(article.body);
    for (const block of expected) expect(kept).toContain(block);
  });

  it('keeps no comment, form, CAPTCHA, share or related text', () => {
    for (const text of gone) expect(article.body).not.toContain(text);
  });

  it('keeps headings, links and structure as Markdown', () => {
    expect(article.body).toMatch(/^## /m);
    expect(article.body).toMatch(/\]\(https:\/\//);
    expect(article.body).not.toMatch(/<[a-z!]/i);
  });
});

describe('metadata', () => {
  it('takes JSON-LD NewsArticle fields; the date is the calendar date as published, not UTC', () => {
    const { meta } = htmlToArticle(fixture('news-jsonld.html'));
    expect(meta).toEqual({
      title: 'Island ferry returns after a winter without a crossing',
      date: '2024-06-03', // 21:40 at -04:00 is already 4 June in UTC
      updated: '2024-06-04',
      author: 'Isla Fenwick, Ruairi Dunmore',
      description: 'The Skerrow ferry sails again on Monday after a replacement engine arrived from the mainland.',
      image: 'https://cdn.northcoast-courier.example/img/2024/06/ferry-at-slipway-1200.jpg',
      imageAlt: 'The ferry Skerrow Lass tied up at the slipway, with the island behind',
      source: 'https://www.northcoast-courier.example/news/2024/06/03/island-ferry-returns',
      lang: 'en',
    });
  });

  it('follows @id references inside a Yoast @graph', () => {
    const { meta } = htmlToArticle(fixture('wordpress-en.html'));
    expect(meta.author).toBe('Priya Calloway');
    expect(meta.image).toBe('https://estuarynotes.example/wp-content/uploads/2024/02/tide-mill-wheel.jpg');
    // The page's own <img> alt beats the JSON-LD caption.
    expect(meta.imageAlt).toBe('The oak water wheel of the tide mill half under water');
    expect(meta.date).toBe('2024-02-18');
    expect(meta.updated).toBe('2024-02-19');
    expect(meta.lang).toBe('en-US');
  });

  it('uses Open Graph, the article <time> (not a comment’s) and <html lang> without JSON-LD', () => {
    const { meta } = htmlToArticle(fixture('drupal-es.html'));
    expect(meta.title).toBe('La biblioteca de Valdeserra presta semillas además de libros');
    expect(meta.date).toBe('2024-04-09');
    expect(meta.lang).toBe('es');
    expect(meta.image).toBe('https://www.valdeserra-hoy.example/sites/default/files/2024-04/semillero.jpg');
    expect(meta.imageAlt).toBe('Sobres de semillas ordenados en cajones de madera');
    expect(meta.source).toBe('https://www.valdeserra-hoy.example/noticias/la-biblioteca-presta-semillas');
  });

  it('resolves a relative og:image against the canonical URL and reads microdata', () => {
    const { meta } = htmlToArticle(fixture('disqus-en.html'));
    expect(meta.image).toBe('https://fellside-weather.example/images/gauge-on-wall.jpg');
    expect(meta.imageAlt).toBe('A copper rain gauge fixed to a dry-stone wall');
    expect(meta.date).toBe('2023-10-05');
    expect(meta.author).toBe('Tom Ashdown');
    expect(meta.lang).toBe('en-GB');
  });

  it('falls back to --lang and leaves an unreadable date out with a warning', () => {
    const html = `<html><head><title>Quiet harbour news | The Gazette</title>
      <meta property="article:published_time" content="sometime last spring"></head>
      <body><article><p>${'The harbour master reported a quiet week with no arrivals and no departures. '.repeat(8)}</p></article></body></html>`;
    const { meta, warnings } = htmlToArticle(html, { lang: 'en-GB' });
    expect(meta.title).toBe('Quiet harbour news');
    expect(meta.lang).toBe('en-GB');
    expect(meta.date).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/publication date left out/);
  });

  it('refuses a page with no article text', () => {
    expect(() => htmlToArticle(fixture('broken.html'))).toThrow(/no article found/);
  });
});

describe('boilerplate removal beyond Readability', () => {
  const paragraph = (text: string) => `<p>${text} ${'The council met on Tuesday evening to discuss the new bus timetable for the valley villages. '.repeat(3)}</p>`;
  const page = `<html lang="en"><body><h1>Bus timetable changes</h1>
    <div class="entry-content">
      ${paragraph('First.')}${paragraph('Second.')}${paragraph('Third.')}
      <div class="comments-main"><p>${'I have been waiting for the late bus for years and I am still waiting for it tonight. '.repeat(3)}</p></div>
      <fieldset><legend>Rate this article</legend><p>${'Tell us how useful you found this article so that we can improve our coverage. '.repeat(2)}</p></fieldset>
      <div class="share-tools"><p>Share this article with your friends and neighbours on every network you use.</p></div>
    </div></body></html>`;

  it('removes what Readability alone would keep', () => {
    const { document } = parseHTML(page);
    const raw = new Readability(document as unknown as Document).parse()?.textContent ?? '';
    expect(raw).toContain('waiting for the late bus'); // a class like comments-main looks like content to Readability

    const extracted = extractPage(page).contentHtml;
    expect(extracted).toContain('Third.');
    expect(extracted).not.toContain('waiting for the late bus');
    expect(extracted).not.toContain('Tell us how useful');
    expect(extracted).not.toContain('Share this article');
  });

  it('unwraps a form that wraps the whole page instead of dropping the article', () => {
    const wrapped = page.replace('<body>', '<body><form id="aspnetForm" action="/default.aspx">').replace('</body>', '</form></body>');
    expect(extractPage(wrapped).contentHtml).toContain('Third.');
  });

  it('never removes most of the page, whatever its class says', () => {
    const html = `<html><body><h1>Care homes</h1><div class="topic-social-affairs">${paragraph('Kept.')}${paragraph('Also kept.')}</div></body></html>`;
    expect(extractPage(html).contentHtml).toContain('Also kept.');
  });

  it('runs the build’s comment-form rules on forms written as plain paragraphs', () => {
    const html = `${paragraph('Only.')}<h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><p>Comment *</p><p>Name *</p><p>Post Comment</p>`;
    const { markdown } = htmlToMarkdown(html);
    expect(markdown).toContain('Only.');
    expect(markdown).not.toMatch(/Leave a Reply|Post Comment/);
  });

  it('drops a first heading and image that repeat the title and main image', () => {
    const html = `<h1>Bus timetable changes</h1><p><img src="/lead.jpg" alt="A bus"></p>${paragraph('Body.')}`;
    const { markdown } = htmlToMarkdown(html, { baseUrl: 'https://news.example/a/', title: 'Bus timetable changes', leadImage: 'https://news.example/lead.jpg' });
    expect(markdown.startsWith('Body.')).toBe(true);
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Headline here | The Site', undefined, 'Headline here'],
    ['Headline here - The Site', 'The Site', 'Headline here'],
    ['Left - right is the headline', undefined, 'Left - right is the headline'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});
