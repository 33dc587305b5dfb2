import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/article.ts';
import { dumpToMdast } from '../../../src/lib/content/dump.ts';

const parse = (text: string) => parseArticle('story.txt', new TextEncoder().encode(text), { siteLang: 'en' });
const lead = 'The association wrote to every member before the annual meeting, and most of them answered within the week with their own suggestions.';

describe('a dump body is text, not Markdown', () => {
  it('keeps asterisks, angle brackets, numbered and hash lines as the characters they are', () => {
    const result = parse(
      `Letters to members\n\n${lead}\n\nThe survey of Kund*innen and staff drew more answers than * any * earlier one, the association said.\n\nCopy the <config files> to the new server before the upgrade, the technicians said in their note.\n\n1. This line starts with a number and a full stop, as a sentence in a scraped page sometimes does.\n\n# This line starts with a hash sign but it is a sentence of the article, not a heading at all.\n`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.html).toContain('The survey of Kund*innen and staff drew more answers than * any * earlier one');
    expect(result.html).toContain('Copy the &#x3C;config files> to the new server');
    expect(result.html).toContain('<p>1. This line starts with a number');
    expect(result.html).toContain('<p># This line starts with a hash sign');
    expect(result.html).not.toMatch(/<(em|ol|li|h\d)>/);
  });

  it('builds paragraphs from blank-line blocks, keeps soft line breaks and links bare URLs', () => {
    const tree = dumpToMdast([
      { text: 'First line of a paragraph', line: 5 },
      { text: 'second line, see https://example.org/report.pdf.', line: 6 },
      { text: '', line: 7 },
      { text: 'Next paragraph.', line: 8 },
    ]);
    expect(tree.children).toHaveLength(2);
    const [first] = tree.children;
    expect(first?.type === 'paragraph' && first.children.map((c) => c.type)).toEqual(['text', 'link', 'text']);
    expect(first?.type === 'paragraph' && first.children[0]!.type === 'text' && first.children[0]!.value).toBe('First line of a paragraph\nsecond line, see ');
    expect(first?.type === 'paragraph' && first.children[1]!.type === 'link' && first.children[1]!.url).toBe('https://example.org/report.pdf');
    expect(first?.position?.start.line).toBe(5);
  });

  it('removes a WordPress form after a two-paragraph brief, with its Comments heading', () => {
    const result = parse(
      `Pool reopens\n\nThe town pool reopens on Saturday after the repair of its heating system, which failed in the cold snap of January.\n\nEntry will be free for the first weekend, the sports department said.\nComments\nLeave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.\n`,
    );
    expect(result.ok && result.html).toBe(
      '<p>The town pool reopens on Saturday after the repair of its heating system, which failed in the cold snap of January.</p>\n<p>Entry will be free for the first weekend, the sports department said.</p>',
    );
    expect(result.ok && result.cleaning?.commentForms).toBe(1);
  });

  it('keeps a paragraph that quotes a form phrase inside its own sentence', () => {
    const result = parse(`Forum\n\n${lead}\n\nReaders who pressed Post Comment last week saw an error page, the editor admitted on Monday.\n`);
    expect(result.ok && result.html).toContain('Readers who pressed Post Comment last week');
  });
});
