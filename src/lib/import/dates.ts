/**
 * Publication dates as pages write them for machines, turned into the calendar date a reader
 * of the page saw. Beyond the written dates of content/dates.ts this reads:
 *   - ISO 8601 with a time and a zone: `2022-05-04T03:00:00Z`, `…+02:00`, `2022-05-04T03:00:00 UTC`;
 *   - RFC 2822 (feeds, HTTP): `Wed, 04 May 2022 00:25:56 GMT`, `… +0200`, `… EST`;
 *   - day-first dotted dates: `11.11.2021`, `4.5.2022 14:30`; year-first slashes: `2022/05/04`;
 *   - Unix timestamps in seconds or milliseconds: `1651624556`, `1651624556000`.
 * The calendar date is the one in the page's time zone. A time written with its own offset
 * (`…T00:30:00-07:00`) already is: its date is kept as written. A UTC instant (`Z`, `GMT`,
 * `UTC`, a Unix timestamp) is moved into the zone the page states elsewhere (another date's
 * offset, see pageZone), else read in UTC. dayjs (utc, timezone, customParseFormat) does the
 * arithmetic, so the build machine's zone never matters.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { parseCalendarDate, type DateParse } from '../content/dates.ts';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

/** A zone the page states: a fixed UTC offset in minutes, or an IANA name. */
export type PageZone = { offset: number } | { name: string };

/** RFC 2822's zone names, and the UTC spellings. */
const NAMED_OFFSETS: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC_2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,4}|[+-]\d{4})?$/i;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:uhr|h))?)?$/i;
const YEAR_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const UNIX = /^\d{9,13}$/;

/** 1990 to 2100: a number outside is an id, not a timestamp. */
const PLAUSIBLE = [Date.UTC(1990, 0, 1), Date.UTC(2100, 0, 1)] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `+02:00`, `-0500`, `+02` → minutes; a name from NAMED_OFFSETS; undefined when absent or unknown. */
function offsetOf(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  const named = NAMED_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Checks the date part strictly (no 31 February), with content/dates.ts's reasons. */
const calendar = (y: number, m: number, d: number): DateParse => parseCalendarDate(`${y}-${pad(m)}-${pad(d)}`);

/** A UTC instant's calendar date in the page's zone, else in UTC. */
function dateOfInstant(ms: number, zone: PageZone | undefined): DateParse {
  const instant = dayjs.utc(ms);
  if (!instant.isValid()) return { ok: false, reason: 'not a real point in time' };
  const local = !zone ? instant : 'offset' in zone ? instant.utcOffset(zone.offset) : instant.tz(zone.name);
  return { ok: true, date: local.format('YYYY-MM-DD') };
}

/** A written time with its zone: its own date when the zone is its own, else the instant moved into the page's zone. */
function dateOfZonedTime(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number | undefined, zone: PageZone | undefined): DateParse {
  const checked = calendar(y, mo, d);
  if (!checked.ok || offset === undefined || offset !== 0 || !zone) return checked;
  // A UTC time on a page that states another zone: the reader's date is the zone's.
  return dateOfInstant(Date.UTC(y, mo - 1, d, h, mi, s), zone);
}

export function parseImportDate(input: string, zone?: PageZone): DateParse {
  const s = input.trim().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if (UNIX.test(s)) {
    const ms = s.length >= 12 ? Number(s) : Number(s) * 1000;
    if (ms >= PLAUSIBLE[0] && ms < PLAUSIBLE[1]) return dateOfInstant(ms, zone);
    return { ok: false, reason: `"${input}" is a number, but not a Unix timestamp between 1990 and 2100` };
  }
  if ((m = ISO_TIME.exec(s))) {
    const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    return dateOfZonedTime(y, mo, d, h, mi, sec, offsetOf(m[7]), zone);
  }
  if ((m = RFC_2822.exec(s))) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month > 0) {
      const [d, y, h, mi, sec] = [m[1], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [number, number, number, number, number];
      return dateOfZonedTime(y, month, d, h, mi, sec, m[4] === undefined ? undefined : offsetOf(m[7]), zone);
    }
  }
  if ((m = DOTTED.exec(s))) return calendar(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = YEAR_SLASH.exec(s))) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseCalendarDate(s);
}

/**
 * The zone a page states, from its date values: the first explicit offset other than UTC's
 * (`+02:00` in article:published_time), else UTC when one says `Z`/`UTC`, else none. An offset
 * of zero is often a serializer's habit, so a real local offset anywhere wins over it.
 */
export function pageZone(values: (string | undefined)[]): PageZone | undefined {
  let sawUtc = false;
  for (const value of values) {
    if (!value) continue;
    const s = value.trim();
    const zoneText = ISO_TIME.exec(s)?.[7] ?? (RFC_2822.exec(s)?.[4] !== undefined ? RFC_2822.exec(s)?.[7] : undefined);
    const offset = offsetOf(zoneText);
    if (offset === undefined) continue;
    if (offset !== 0) return { offset };
    sawUtc = true;
  }
  return sawUtc ? { offset: 0 } : undefined;
}

/** An IANA zone name the page gives (e.g. a `timezone` meta tag), when Intl knows it. */
export function ianaZone(name: string | undefined): PageZone | undefined {
  if (!name) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name.trim() });
    return { name: name.trim() };
  } catch {
    return undefined;
  }
}
