import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkStripCommentForms, type StripCommentFormsOptions } from '../../../src/lib/markdown/remark-strip-comment-forms';
import { commentFormRules } from '../../../src/lib/rules/comment-forms';

const fixturesDir = fileURLToPath(new URL('../../fixtures/comment-forms/', import.meta.url));

function strip(markdown: string, options?: StripCommentFormsOptions) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkStripCommentForms, options).use(remarkStringify);
  const file = processor.processSync(markdown);
  return { file, out: String(file) };
}

/** The same pipeline without the plugin: what "untouched" serializes to. */
const unchanged = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkStringify).processSync(markdown));

const ruleDirs = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Each rule folder holds `input.md` + `expected.md`, and optionally `<case>.input.md` + `<case>.expected.md`. */
const goldenCases = ruleDirs.flatMap((ruleId) =>
  readdirSync(join(fixturesDir, ruleId))
    .filter((name) => name.endsWith('input.md'))
    .map((name) => ({
      name: `${ruleId}/${name}`,
      ruleId,
      input: join(fixturesDir, ruleId, name),
      expected: join(fixturesDir, ruleId, name.replace(/input\.md$/, 'expected.md')),
    })),
);

const article = [
  'The river authority opened the new footbridge on Saturday, ending a two-year detour for thousands of cyclists who cross the water every morning on their way to work.',
  'Engineers chose a steel deck over concrete because it could be lifted into place in a single night, which kept the river open to barges during the works.',
].join('\n\n');

describe('comment form rule table', () => {
  it('has unique ids', () => {
    const ids = commentFormRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(commentFormRules.map((r) => [r.id]))('row %s has a golden fixture folder', (id) => {
    expect(ruleDirs).toContain(id);
    expect(goldenCases.some((c) => c.ruleId === id)).toBe(true);
  });

  it.each(ruleDirs.map((d) => [d]))('fixture folder %s names a rule in the table', (dir) => {
    expect(commentFormRules.map((r) => r.id)).toContain(dir);
  });

  it('matches whole lines, ignoring case and a trailing colon or asterisk', () => {
    const drupal = commentFormRules.find((r) => r.id === 'drupal-en')!;
    const isMarker = (line: string) => drupal.markers.some((re) => re.test(line));
    expect(isMarker('Add new comment')).toBe(true);
    expect(isMarker('ADD NEW COMMENT:')).toBe(true);
    expect(isMarker('Add new comment *')).toBe(true);
    expect(isMarker('Add new comment to this story')).toBe(false);
    expect(isMarker('Please Add new comment')).toBe(false);
  });
});

describe.each(goldenCases)('golden fixture $name', ({ ruleId, input, expected }) => {
  it(`removes the form and reports rule ${ruleId}`, () => {
    const { file, out } = strip(readFileSync(input, 'utf8'));
    expect(out).toBe(readFileSync(expected, 'utf8'));
    expect(file.data.commentForm?.ruleId).toBe(ruleId);
    expect(file.data.commentForm?.removedLines).toBeGreaterThan(0);
    expect(file.messages).toEqual([]);
  });
});

describe('remarkStripCommentForms leaves content alone', () => {
  const expectUntouched = (markdown: string) => {
    const { file, out } = strip(markdown);
    expect(out).toBe(unchanged(markdown));
    expect(file.data.commentForm).toBeUndefined();
    return file;
  };

  it('keeps a plain article with no form', () => {
    expect(expectUntouched(`# Footbridge opens\n\n${article}\n`).messages).toEqual([]);
  });

  it('keeps an empty document', () => {
    expect(expectUntouched('').messages).toEqual([]);
  });

  it('keeps a marker quoted inside a sentence of its own', () => {
    expect(expectUntouched(`${article}\n\nReaders who clicked Add new comment found the form broken.\n`).messages).toEqual([]);
  });

  it('keeps a marker line followed by ordinary article paragraphs, and warns', () => {
    const file = expectUntouched(`${article}\n\n## Leave a Reply\n\n${article}\n`);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['comment-form-weak']);
    expect(file.messages[0]?.message).toContain('wordpress-en');
  });

  it('keeps a marker followed by a long line that is not a form line, and warns', () => {
    const file = expectUntouched(`${article}\n\nPost a Comment\n\nRelated: footbridge designers shortlisted for national prize\n`);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['comment-form-weak']);
  });

  it('keeps a form that does not open its paragraph, and warns', () => {
    const file = expectUntouched(`${article}\n\nThat is all for today\nAdd new comment\nYour name\nSubject\nSave\n`);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['comment-form-weak']);
  });
});

describe('remarkStripCommentForms edge cases', () => {
  it('removes a form followed by a real comment but keeps the comment when nothing follows it', () => {
    const { file, out } = strip(`${article}\n\nLeave a Reply\n\nName *\nEmail *\n\nGreat news!\n`);
    expect(out).toBe(unchanged(`${article}\n\nGreat news!\n`));
    expect(file.data.commentForm).toEqual({ ruleId: 'wordpress-en', removedLines: 3 });
  });

  it('removes a form in the middle, with the article text after it kept', () => {
    const { file, out } = strip(`${article}\n\nAdd new comment\n\nYour name\nSubject\nSave\n\n${article}\n`);
    expect(out).toBe(unchanged(`${article}\n\n${article}\n`));
    expect(file.data.commentForm).toEqual({ ruleId: 'drupal-en', removedLines: 4 });
  });

  it('keeps short lines that precede the marker', () => {
    const { out } = strip(`${article}\n\nTags: bridges, cycling\n\nAdd new comment\n\nYour name\nSubject\n`);
    expect(out).toBe(unchanged(`${article}\n\nTags: bridges, cycling\n`));
  });

  it('takes a "Comments" heading right before the form with it', () => {
    const { out } = strip(`${article}\n\n## Comments\n\nLeave a Reply\n\nName *\nEmail *\nPost Comment\n`);
    expect(out).toBe(unchanged(`${article}\n`));
  });

  it('accepts a hard line break between form lines', () => {
    const { file } = strip(`${article}\n\nLeave a Reply\\\nName *\\\nPost Comment\n`);
    expect(file.data.commentForm).toEqual({ ruleId: 'wordpress-en', removedLines: 3 });
  });

  it('honours a custom rule table', () => {
    const rules = [{ id: 'acme-en', cms: 'acme', lang: 'en', markers: [/^talk back$/i], formLines: [/^your handle$/i, /^send$/i] }];
    const md = `${article}\n\nTalk back\n\nYour handle\nSend\n`;
    expect(strip(md, { rules }).file.data.commentForm).toEqual({ ruleId: 'acme-en', removedLines: 3 });
    expect(strip(md, { rules: [] }).file.data.commentForm).toBeUndefined();
  });
});

describe('remarkStripCommentForms decides by evidence, not size', () => {
  it('removes a full form that is longer than the article', () => {
    const md = [
      'Council meets again on Friday.',
      'Add new comment',
      'Your name\nSubject\nComment *',
      'Text format\nPlain text\nMore information about text formats',
      'This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.',
      'Enter the characters shown in the image.',
      'Save\nPreview',
    ].join('\n\n');
    const { file, out } = strip(md);
    expect(out).toBe(unchanged('Council meets again on Friday.'));
    expect(file.data.commentForm?.ruleId).toBe('drupal-en');
    expect(file.messages).toEqual([]);
  });
});
