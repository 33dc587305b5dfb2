import { describe, expect, it } from 'vitest';
import { readingMinutes, summarize } from '../../../src/lib/content/text.ts';

describe('text', () => {
  it('cuts summaries at a word, never mid-word', () => {
    const text = 'word '.repeat(100);
    const summary = summarize(text, 160);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/ word…$/);
  });
  it('keeps short text as it is', () => {
    expect(summarize('  Short   text. ')).toBe('Short text.');
  });
  it('gives at least one minute of reading', () => {
    expect([readingMinutes(0), readingMinutes(220), readingMinutes(1000)]).toEqual([1, 1, 5]);
  });
});
