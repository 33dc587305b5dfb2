/**
 * Calendar dates (no time, no zone). Everything goes through UTC so the machine's time zone
 * can never move a date by a day.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';
import en from 'dayjs/locale/en.js';
import es from 'dayjs/locale/es.js';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

export type DateParse = { ok: true; date: string /* YYYY-MM-DD */ } | { ok: false; reason: string };

const ISO = 'YYYY-MM-DD';

/** Lower-case and drop accents, so "Miércoles" matches "miercoles". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const MONTHS = [en.months ?? [], es.months ?? []].map((names) => names.map(fold));
const WEEKDAYS = [en.weekdays ?? [], es.weekdays ?? []].map((names) => names.map(fold));

/** 1-based index of `word` in any of the lists, as a full name or an abbreviation of 3+ letters. */
function lookup(word: string, lists: string[][]): number | undefined {
  const w = fold(word);
  const hits = new Set<number>();
  for (const names of lists) {
    names.forEach((name, i) => {
      if (name === w || (w.length >= 3 && name.startsWith(w))) hits.add(i + 1);
    });
  }
  return hits.size === 1 ? [...hits][0] : undefined; // ambiguous abbreviations are not guessed
}

// Patterns run on folded text, after any leading weekday and trailing time are removed.
const YEAR = '([1-9]\\d{3})';
const ISO_RE = new RegExp(`^${YEAR}-(\\d{1,2})-(\\d{1,2})(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:z|[+-]\\d{2}(?::?\\d{2})?)?)?$`);
const SLASH_RE = new RegExp(`^(\\d{1,2})/(\\d{1,2})/${YEAR}$`);
const DMY_RE = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|º)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?${YEAR}$`, 'u');
const MDY_RE = new RegExp(`^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}$`, 'u');
const WEEKDAY_RE = /^(\p{L}+)\.?,\s*/u;
const TIME_RE = /\s*[-–—,|]?\s*(?:at\s+|a las\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|h|hrs?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Checks y-m-d with dayjs strict parsing, which rejects roll-overs such as Feb 31. */
function validate(y: number, m: number, d: number, hint = ''): DateParse {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (dayjs.utc(date, ISO, true).isValid()) return { ok: true, date };
  if (m < 1 || m > 12) return { ok: false, reason: `${date} is not a real date (there is no month ${m}${hint})` };
  const first = dayjs.utc(`${y}-${pad(m)}-01`, ISO, true);
  return { ok: false, reason: `${date} is not a real date (${first.locale(en).format('MMMM YYYY')} has ${first.daysInMonth()} days)` };
}

export function parseCalendarDate(input: string | Date): DateParse {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, reason: 'the date value is an invalid Date; write it as YYYY-MM-DD' };
    // YAML turns `2023-11-17` into UTC midnight, so the UTC fields are the date that was written.
    return validate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  const unreadable: DateParse = { ok: false, reason: `could not read "${input}" as a date; write it as YYYY-MM-DD` };
  let s = fold(input).trim().replace(/\s+/g, ' ');
  const weekday = WEEKDAY_RE.exec(s); // the weekday is ignored: the calendar date is what counts
  if (weekday && lookup(weekday[1] ?? '', WEEKDAYS)) s = s.slice(weekday[0].length);

  // ISO's time and offset are dropped, not applied: the date as written is the date.
  let m = ISO_RE.exec(s);
  if (m) return validate(Number(m[1]), Number(m[2]), Number(m[3]));
  s = s.replace(TIME_RE, '');

  if ((m = SLASH_RE.exec(s))) return validate(Number(m[3]), Number(m[2]), Number(m[1]), '; slashed dates are read day first');
  let day: string | undefined, month: string | undefined, year: string | undefined;
  if ((m = DMY_RE.exec(s))) [, day, month, year] = m;
  else if ((m = MDY_RE.exec(s))) [, month, day, year] = m;
  const monthNumber = month === undefined ? undefined : lookup(month, MONTHS);
  if (monthNumber === undefined) return unreadable;
  return validate(Number(year), monthNumber, Number(day));
}

/** 'es', 'es-MX', 'es_AR' → Spanish; anything else → English. */
const isSpanish = (lang: string) => /^es(?:[-_]|$)/i.test(lang.trim());

function requireCalendarDate(date: string): dayjs.Dayjs {
  const parsed = dayjs.utc(date, ISO, true);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parsed.isValid()) {
    throw new Error(`expected a real calendar date as YYYY-MM-DD, got "${date}"`);
  }
  return parsed;
}

export function formatCalendarDate(date: string, lang: string): string {
  const d = requireCalendarDate(date);
  // Pass the locale object, not its name, so this never depends on global locale registration.
  return isSpanish(lang) ? d.locale(es).format('D [de] MMMM [de] YYYY') : d.locale(en).format('D MMMM YYYY');
}

export function calendarParts(date: string): { year: number; month: number; day: number } {
  const d = requireCalendarDate(date);
  return { year: d.year(), month: d.month() + 1, day: d.date() };
}

export function monthName(month: number, lang: string): string {
  const name = (isSpanish(lang) ? es.months : en.months)?.[month - 1];
  if (!Number.isInteger(month) || name === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
}
