import { describe, expect, it } from 'vitest';
import { ianaZone, pageZone, parseImportDate } from '../../../src/lib/import/dates.ts';

const date = (value: string, zone?: Parameters<typeof parseImportDate>[1]) => {
  const parsed = parseImportDate(value, zone);
  return parsed.ok ? parsed.date : `error: ${parsed.reason}`;
};

describe('import dates', () => {
  it('reads the machine forms pages use', () => {
    expect(date('Wed, 04 May 2022 00:25:56 GMT')).toBe('2022-05-04');
    expect(date('2022-05-04T03:00:00 UTC')).toBe('2022-05-04');
    expect(date('2022-05-04T03:00:00.000Z')).toBe('2022-05-04');
    expect(date('11.11.2021')).toBe('2021-11-11');
    expect(date('4.5.2022 14:30')).toBe('2022-05-04');
    expect(date('2022/05/04')).toBe('2022-05-04');
    expect(date('1651624556')).toBe('2022-05-04'); // seconds: 2022-05-04T00:35:56Z
    expect(date('1651624556000')).toBe('2022-05-04'); // milliseconds
  });
  it('still reads written dates through content/dates.ts', () => {
    expect(date('12 March 2024')).toBe('2024-03-12');
    expect(date('12 de marzo de 2024')).toBe('2024-03-12');
    expect(date('2024-03-12')).toBe('2024-03-12');
  });
  it('keeps the date a time written with its own offset says', () => {
    expect(date('2022-05-04T00:25:56-07:00')).toBe('2022-05-04');
    expect(date('Wed, 04 May 2022 00:25:56 +0200', { offset: -420 })).toBe('2022-05-04');
  });
  it('moves a UTC instant into the zone the page states', () => {
    const pacific = pageZone(['2022-05-04T03:00:00Z', '2022-05-03T20:00:00-07:00']);
    expect(pacific).toEqual({ offset: -420 });
    expect(date('2022-05-04T03:00:00 UTC', pacific)).toBe('2022-05-03');
    expect(date('Wed, 04 May 2022 00:25:56 GMT', pacific)).toBe('2022-05-03');
    expect(date('1651624556', pacific)).toBe('2022-05-03');
    expect(date('Tue, 03 May 2022 22:25:56 GMT', { offset: 120 })).toBe('2022-05-04');
    expect(date('1651624556', ianaZone('America/Los_Angeles'))).toBe('2022-05-03');
    expect(date('1651624556', ianaZone('Asia/Tokyo'))).toBe('2022-05-04');
  });
  it('finds no zone, or UTC, when the page states none other', () => {
    expect(pageZone(['2022-05-04', undefined, 'May 4, 2022'])).toBeUndefined();
    expect(pageZone(['2022-05-04T03:00:00Z'])).toEqual({ offset: 0 });
    expect(ianaZone('Not/AZone')).toBeUndefined();
  });
  it('refuses impossible dates and numbers that are no timestamps', () => {
    expect(date('31.02.2021')).toMatch(/error: 2021-02-31 is not a real date/);
    expect(date('2022-13-01T00:00:00Z')).toMatch(/error: .*no month 13/);
    expect(date('123456789012')).toMatch(/error: .*not a Unix timestamp/);
    expect(date('soon')).toMatch(/error: could not read "soon"/);
  });
});
