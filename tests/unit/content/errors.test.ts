import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors.ts';

describe('ContentError', () => {
  it('lists every problem with file, line and hint', () => {
    const error = new ContentError([
      { file: 'a.md', line: 3, message: 'bad date', hint: 'fix it' },
      { file: 'b.txt', message: 'file is empty' },
    ]);
    expect(error.message).toBe('2 content problems in 2 files:\n  a.md:3: bad date\n    → fix it\n  b.txt: file is empty');
  });
});
