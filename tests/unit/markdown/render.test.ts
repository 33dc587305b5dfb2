import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const html = (md: string) => renderMarkdown(md).html;

describe('sanitizing', () => {
  it.each([
    ['script element', '<script>alert(1)</script>', /<script|alert/],
    ['event handler', '<p onclick="alert(1)">hi</p>', /onclick/],
    ['javascript: link', '[x](javascript:alert(1))', /javascript:/],
    ['javascript: in raw HTML', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['iframe', '<iframe src="https://example.com"></iframe>', /<iframe/],
    ['object and embed', '<object data="x"></object><embed src="y">', /<object|<embed/],
    ['form with its text', '<form><label>Your name</label><input name="n"><button>Go</button></form>', /<form|<input|<button|Your name|Go/],
    ['style element', '<style>p{color:red}</style>', /<style|color:red/],
    ['style attribute', '<p style="position:fixed">x</p>', /style=/],
    ['svg with script', '<svg><script>alert(1)</script></svg>', /<svg|alert/],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /<meta|refresh/],
    ['base element', '<base href="https://evil.example/">', /<base/],
    ['javascript: image candidate', '<picture><source srcset="javascript:alert(1)"><source srcset="a.jpg 1x, javascript:x 2x"></picture>', /javascript:/],
  ])('removes a %s', (_, input, forbidden) => {
    expect(html(`Before.\n\n${input}\n\nAfter.`)).not.toMatch(forbidden);
  });

  it('keeps the web and relative candidates of a picture source', () => {
    expect(html('<picture><source srcset="https://example.org/a.jpg 2x, b.jpg 1x"></picture>')).toContain('srcset="https://example.org/a.jpg 2x, b.jpg 1x"');
  });

  it('keeps ordinary inline HTML and GFM', () => {
    expect(html('H<sub>2</sub>O and ~~old~~ <em>new</em>')).toBe('<p>H<sub>2</sub>O and <del>old</del> <em>new</em></p>');
  });

  it('prefixes ids so an article cannot clobber the page’s own', () => {
    expect(html('<a id="main" href="#top">x</a>')).toBe('<p><a id="user-content-main" href="#top">x</a></p>');
  });
});

describe('footnotes', () => {
  it('links references and notes both ways, with an accessible hidden label', () => {
    const out = html('Claim.[^1]\n\n[^1]: Source.');
    const hrefs = [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toHaveLength(2);
    for (const id of hrefs) expect(out).toContain(`id="${id}"`);
    expect(out).toMatch(/<h2 class="sr-only" id="user-content-footnote-label">/);
  });
});

describe('structure and facts', () => {
  it('shifts body headings below the page title when the body uses #', () => {
    expect(html('# One\n\n## Two')).toBe('<h2>One</h2>\n<h3>Two</h3>');
    expect(html('## Two')).toBe('<h2>Two</h2>');
  });

  it('marks body images lazy', () => {
    expect(html('![A map](https://example.org/map.png)')).toMatch(/<img src="https:\/\/example.org\/map.png" alt="A map" class="body-image-unsized" loading="lazy" decoding="async">/);
  });

  it('reports word count and the first paragraph', () => {
    const body = renderMarkdown('## Heading\n\nFirst *real* paragraph here.\n\nSecond one.');
    expect(body.firstParagraph).toBe('First real paragraph here.');
    expect(body.wordCount).toBe(7);
  });

  it('records the comment form it removed', () => {
    const body = renderMarkdown('A full paragraph of the article that runs long enough to outweigh the form below it by far.\n\nAnother paragraph with more of the story, so that the guard does not fire.\n\nAdd new comment\n\nEnter the characters shown in the image.');
    expect(body.commentForm).toEqual({ ruleId: 'drupal-en', removedLines: 2 });
    expect(body.html).not.toContain('Add new comment');
  });
});
