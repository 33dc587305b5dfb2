import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../src/lib/site/toc';

const body = (n: number) => Array.from({ length: n }, (_, i) => `<h2>Part ${i + 1} &amp; more</h2><p>Text.</p>`).join('');

describe('tableOfContents', () => {
  it('gives ids to the h2 headings and lists them with decoded text', () => {
    const { html, entries } = tableOfContents(`${body(3)}<h3>Not listed</h3>`);
    expect(entries).toEqual([
      { id: 'section-part-1--more', text: 'Part 1 & more' },
      { id: 'section-part-2--more', text: 'Part 2 & more' },
      { id: 'section-part-3--more', text: 'Part 3 & more' },
    ]);
    expect(html).toContain('<h2 id="section-part-1--more">Part 1 &amp; more</h2>');
    expect(html).toContain('<h3>Not listed</h3>');
  });

  it('keeps an existing id and makes repeated headings unique', () => {
    const { entries } = tableOfContents('<h2 id="x">A</h2><h2>B</h2><h2>B</h2>');
    expect(entries.map((e) => e.id)).toEqual(['x', 'section-b', 'section-b-1']);
  });

  it('leaves out the footnotes heading', () => {
    const { entries } = tableOfContents(`${body(3)}<h2 class="sr-only" id="footnote-label">Footnotes</h2>`);
    expect(entries.map((e) => e.text)).not.toContain('Footnotes');
  });

  it('leaves a short article alone', () => {
    const html = body(2);
    expect(tableOfContents(html)).toEqual({ html, entries: [] });
  });
});
