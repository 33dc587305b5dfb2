// The cleaning benchmark's scorer against scoring.md's worked examples, its text helpers, and
// the comment-section finder on texts written for this test.
import { describe, expect, it } from 'vitest';
import { commentRemoval, findCommentSections } from '../../../bench/cleaning/comments.mjs';
import { halfOf } from '../../../bench/cleaning/data.mjs';
import { aggregate, bootstrap, scorePage, shingles, tokenize } from '../../../bench/cleaning/score.mjs';
import { htmlToText, markdownToText } from '../../../bench/cleaning/text.mjs';

describe('bench:cleaning scoring (scoring.md)', () => {
  it('tokenizes like Python \\w+', () => {
    expect(tokenize("don't e-mail x² Ünïcode_1")).toEqual(['don', 't', 'e', 'mail', 'x²', 'Ünïcode_1']);
    expect(tokenize('नमस्ते')).toEqual(['नमस', 'त']);
  });
  it('makes one shingle of a short text and L-3 of a long one', () => {
    expect([...shingles(['a', 'b']).keys()]).toEqual(['a b']);
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).keys()]).toEqual(['a b c d', 'b c d e']);
    expect(shingles([]).size).toBe(0);
  });
  it('gives the worked examples', () => {
    const cat = scorePage('The cat sat on the mat.', 'Menu. The cat sat on the mat. Share');
    expect([cat.tp, cat.fp, cat.fn].map((x) => Number(x.toFixed(6)))).toEqual([0.6, 0.4, 0]);
    expect(cat.precision).toBeCloseTo(0.6, 12);
    expect(cat.recall).toBe(1);
    const hi = scorePage('Hi there', 'hi there');
    expect([hi.tp, hi.fp, hi.fn]).toEqual([0, 0.5, 0.5]);
  });
  it('leaves an empty prediction out of precision but not out of recall', () => {
    const pages = [scorePage('one two three four five', ''), scorePage('one two three four five', 'one two three four five')];
    expect(pages[0]?.precision).toBeUndefined();
    const agg = aggregate(pages);
    expect(agg.precision).toBe(1);
    expect(agg.recall).toBe(0.5);
    expect(agg.f1).toBeCloseTo(2 / 3, 12);
    expect(agg.accuracy).toBe(0.5);
  });
  it('gives the same bootstrap spread for the same seed', () => {
    const pages = [scorePage('a b c d e', 'a b c d'), scorePage('a b c d e', 'a b c d e f'), scorePage('x y z w', 'x y')];
    expect(bootstrap(pages, 200, 7)).toEqual(bootstrap(pages, 200, 7));
    expect(bootstrap(pages, 200, 7).f1).toBeGreaterThan(0);
  });
  it('splits pages into two fixed halves by the first hex digit', () => {
    expect(halfOf('7f00')).toBe('A');
    expect(halfOf('8000')).toBe('B');
  });
});

describe('bench:cleaning text', () => {
  it('keeps blocks apart so words never run together', () => {
    expect(htmlToText('<p>first</p><p>second<br>third</p><img alt="a photo">')).toBe('first\nsecond\nthird');
    expect(markdownToText('# Head\n\nSome *text* and `code`.\n\n- one\n- two\n\n![alt](x.png)')).toBe('Head\nSome text and code.\none\ntwo');
  });
});

describe('bench:cleaning comment sections', () => {
  const truth = 'The mill on the river reopened this spring after a long repair. Readers asked how to leave a comment on the plans, and the council said letters are welcome.';
  const dump = [
    'Mill reopens',
    '',
    '   * Home',
    '   * Comments',
    '   The mill on the river reopened this spring after a long repair.',
    '   Readers asked how to leave a comment on the plans, and the council said letters are welcome.',
    '',
    'Leave a Reply Cancel reply',
    '',
    '   Your email address will not be published. Required fields are marked *',
    '   ____________________',
    '   (BUTTON) Post Comment',
    '',
    '   * About us',
  ].join('\n');

  it('finds the form after the article and ignores a menu entry and the article quoting a form phrase', () => {
    const sections = findCommentSections(dump, truth);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.map((h: { line: number }) => h.line)).toEqual([8, 10, 12]);
  });
  it('counts a section removed only when none of its lines survives', () => {
    const sections = findCommentSections(dump, truth);
    expect(commentRemoval(sections, dump)).toMatchObject({ lines: 3, keptLines: 3, removed: false });
    expect(commentRemoval(sections, truth)).toMatchObject({ keptLines: 0, removed: true });
    // "Post" inside a sentence is not the form's button line.
    expect(commentRemoval(sections, `${truth}\nLeave a Reply Cancel reply`)).toMatchObject({ keptLines: 1, removed: false });
  });
  it('does not take teaser counters or a lone heading for a section', () => {
    const teasers = ['Other stories', '   Bridge opens 12 comments', '   Train late', '   8 comments', '   Comments'].join('\n');
    expect(findCommentSections(teasers, truth)).toEqual([]);
  });
  it('takes neither a post-meta "Leave a comment" link nor a newsletter field before the section for comment lines', () => {
    const page = [
      'Mill reopens',
      '     * June 2, 2025',
      '     * Leave a comment',
      '   The mill on the river reopened this spring after a long repair.',
      'Get the weekly letter',
      '   Email (required)',
      '   (BUTTON) Subscribe',
      'Loading comments...',
    ].join('\n');
    const sections = findCommentSections(page, truth);
    expect(sections.map((s: { text: string }[]) => s.map((h) => h.text))).toEqual([['Loading comments...']]);
  });
});
