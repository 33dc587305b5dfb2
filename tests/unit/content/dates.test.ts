import { afterEach, describe, expect, it } from 'vitest';
import { calendarParts, formatCalendarDate, monthName, parseCalendarDate } from '../../../src/lib/content/dates';

describe('parseCalendarDate', () => {
  it.each([
    ['17 November 2023', '2023-11-17'],
    ['17 Nov 2023', '2023-11-17'],
    ['November 17, 2023', '2023-11-17'],
    ['Nov. 17, 2023', '2023-11-17'],
    ['Sept 3, 2024', '2024-09-03'],
    ['Monday, 14 October 2024 - 21:40', '2024-10-14'],
    ['Mon, 14 Oct 2024 21:40', '2024-10-14'],
    ['2023-11-17', '2023-11-17'],
    ['2023-11-17T10:00:00Z', '2023-11-17'],
    ['2023-11-17T23:30:00-05:00', '2023-11-17'], // would be the 18th in UTC: not converted
    ['2023-11-17T00:30:00+14:00', '2023-11-17'], // would be the 16th in UTC: not converted
    ['2023-11-17 10:00', '2023-11-17'],
    ['17/11/2023', '2023-11-17'],
    ['1/2/2024', '2024-02-01'],
    ['17 de noviembre de 2023', '2023-11-17'],
    ['lunes, 14 de octubre de 2024 - 21:40', '2024-10-14'],
    ['Miércoles, 16 de octubre de 2024', '2024-10-16'],
    ['sábado, 1 de junio de 2024', '2024-06-01'],
    ['17 nov. 2023', '2023-11-17'],
    ['3 de sept. de 2024', '2024-09-03'],
    ['5 ene 2024', '2024-01-05'],
    ['  17 NOVEMBER 2023  ', '2023-11-17'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %j as %s', (input, date) => {
    expect(parseCalendarDate(input)).toEqual({ ok: true, date });
  });

  it.each([
    ['2025-02-31', '2025-02-31 is not a real date (February 2025 has 28 days)'],
    ['31 June 2024', '2024-06-31 is not a real date (June 2024 has 30 days)'],
    ['29 de febrero de 2023', '2023-02-29 is not a real date (February 2023 has 28 days)'],
    ['2023-00-10', '2023-00-10 is not a real date (there is no month 0)'],
    ['2023-11-00', '2023-11-00 is not a real date (November 2023 has 30 days)'],
    ['11/17/2023', '2023-17-11 is not a real date (there is no month 17; slashed dates are read day first)'],
  ])('rejects the impossible date %j', (input, reason) => {
    expect(parseCalendarDate(input)).toEqual({ ok: false, reason });
  });

  it.each(['', '   ', 'yesterday', 'TBD', '17 Smarch 2023', '2023', '2023-11', 'banana, 17 November 2023', '17-11-2023x', '0999-01-01'])(
    'cannot read %j',
    (input) => {
      expect(parseCalendarDate(input)).toEqual({
        ok: false,
        reason: `could not read "${input}" as a date; write it as YYYY-MM-DD`,
      });
    },
  );

  it.each([
    [new Date(Date.UTC(2023, 10, 17)), '2023-11-17'],
    [new Date('2024-02-29T00:00:00Z'), '2024-02-29'],
    [new Date(Date.UTC(1999, 11, 31)), '1999-12-31'],
  ])('reads the Date %s by its UTC fields', (input, date) => {
    expect(parseCalendarDate(input)).toEqual({ ok: true, date });
  });

  it('rejects an invalid Date', () => {
    expect(parseCalendarDate(new Date('nope'))).toMatchObject({ ok: false });
  });
});

describe('formatCalendarDate', () => {
  it.each([
    ['2023-11-17', 'en', '17 November 2023'],
    ['2023-11-17', 'es', '17 de noviembre de 2023'],
    ['2023-11-17', 'es-MX', '17 de noviembre de 2023'],
    ['2023-11-17', 'ES', '17 de noviembre de 2023'],
    ['2023-11-17', 'fr', '17 November 2023'],
    ['2023-11-17', 'est', '17 November 2023'], // Estonian, not Spanish
    ['2024-01-05', 'en-GB', '5 January 2024'],
    ['2024-01-05', 'es', '5 de enero de 2024'],
  ])('formats %s in %s as %j', (date, lang, text) => {
    expect(formatCalendarDate(date, lang)).toBe(text);
  });

  it.each(['2025-02-31', '17 November 2023', '2023-1-5', ''])('throws on %j, which is not a real YYYY-MM-DD', (date) => {
    expect(() => formatCalendarDate(date, 'en')).toThrow(/YYYY-MM-DD/);
  });
});

describe('calendarParts', () => {
  it.each([
    ['2023-11-17', { year: 2023, month: 11, day: 17 }],
    ['2024-01-01', { year: 2024, month: 1, day: 1 }],
    ['1999-12-31', { year: 1999, month: 12, day: 31 }],
  ])('splits %s', (date, parts) => {
    expect(calendarParts(date)).toEqual(parts);
  });

  it('throws on an impossible date', () => {
    expect(() => calendarParts('2023-02-30')).toThrow(/YYYY-MM-DD/);
  });
});

describe('monthName', () => {
  it.each([
    [1, 'en', 'January'],
    [11, 'en', 'November'],
    [12, 'xx', 'December'],
    [1, 'es', 'enero'],
    [11, 'es', 'noviembre'],
    [9, 'es-AR', 'septiembre'],
  ])('month %i in %s is %s', (month, lang, name) => {
    expect(monthName(month, lang)).toBe(name);
  });

  it.each([0, 13, 1.5, Number.NaN])('throws on month %s', (month) => {
    expect(() => monthName(month, 'en')).toThrow(RangeError);
  });
});

describe('independence from the process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // UTC+14 and UTC-8/-7: local getters would give the 16th or the 18th for some of these instants.
  it.each([
    ['Pacific/Kiritimati', -14 * 60],
    ['America/Los_Angeles', 8 * 60],
  ])('gives the same dates in %s', (tz, offsetMinutes) => {
    process.env.TZ = tz;
    const utcMidnight = new Date(Date.UTC(2023, 10, 17));
    expect(utcMidnight.getTimezoneOffset()).toBe(offsetMinutes); // proves the zone switch took effect

    expect(parseCalendarDate(utcMidnight)).toEqual({ ok: true, date: '2023-11-17' });
    expect(parseCalendarDate('2023-11-17T23:30:00-05:00')).toEqual({ ok: true, date: '2023-11-17' });
    expect(parseCalendarDate('17 November 2023')).toEqual({ ok: true, date: '2023-11-17' });
    expect(formatCalendarDate('2023-11-17', 'en')).toBe('17 November 2023');
    expect(formatCalendarDate('2023-11-17', 'es')).toBe('17 de noviembre de 2023');
    expect(calendarParts('2023-11-17')).toEqual({ year: 2023, month: 11, day: 17 });
    expect(formatCalendarDate('2023-01-01', 'en')).toBe('1 January 2023');
  });
});
