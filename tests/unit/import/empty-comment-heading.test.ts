import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';

const body = '<p>The lock keeper retires on Friday after thirty years of opening the gates for boats on the canal.</p><p>A new keeper starts in May.</p>';

describe('an empty comment section heading at the end', () => {
  it('goes with the widget label after it', () => {
    for (const heading of ['Comments', '3 Comments', 'Comentarios', 'Leave a comment', 'Kommentare (0)']) {
      const { markdown } = htmlToMarkdown(`${body}<h3>${heading}</h3><p>comments</p>`);
      expect(markdown, heading).not.toContain(heading);
      expect(markdown).toContain('A new keeper starts in May.');
    }
  });
  it('stays when prose follows it, or when it is not the last heading', () => {
    const prose = htmlToMarkdown(`${body}<h3>Comments</h3><p>Readers wrote in to thank him for three decades of patient help at the top lock.</p>`);
    expect(prose.markdown).toContain('### Comments');
    const earlier = htmlToMarkdown(`<h2>Comments</h2>${body}<h2>What comes next</h2><p>Soon.</p>`);
    expect(earlier.markdown).toContain('## Comments');
  });
});
