import { describe, expect, it, vi } from 'vitest';
import { dateLabel } from '../../../src/lib/site/date-labels.ts';
import { formatCalendarDate } from '../../../src/lib/content/dates.ts';

// Counts the formatting dateLabel asks for, still formatting for real.
vi.mock('../../../src/lib/content/dates.ts', async (importOriginal) => {
  const dates = await importOriginal<typeof import('../../../src/lib/content/dates.ts')>();
  return { ...dates, formatCalendarDate: vi.fn(dates.formatCalendarDate) };
});
const format = vi.mocked(formatCalendarDate);

describe('dateLabel', () => {
  it('formats like formatCalendarDate, per language', () => {
    expect(dateLabel('2023-11-17', 'en')).toBe('17 November 2023');
    expect(dateLabel('2023-11-17', 'es')).toBe('17 de noviembre de 2023');
  });

  it('formats each date and language once', () => {
    format.mockClear();
    for (let i = 0; i < 3; i++) {
      dateLabel('2021-02-03', 'en');
      dateLabel('2021-02-03', 'es');
      dateLabel('2021-02-04', 'en');
    }
    expect(format).toHaveBeenCalledTimes(3);
  });

  it('rejects an invalid date every time, never remembering it', () => {
    expect(() => dateLabel('2023-02-31', 'en')).toThrow(/real calendar date/);
    expect(() => dateLabel('2023-02-31', 'en')).toThrow(/real calendar date/);
  });
});
