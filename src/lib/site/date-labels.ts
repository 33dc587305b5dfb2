/**
 * Dates as pages show them, each formatted once per build. A site has a few thousand
 * distinct dates but shows them tens of thousands of times (lists, related articles), and
 * formatting through dayjs is one of the larger allocators of page generation.
 */
import { formatCalendarDate } from '../content/dates.ts';

const labels = new Map<string, string>();

/** formatCalendarDate, remembered; an invalid date throws every time, as there. */
export function dateLabel(date: string, lang: string): string {
  const key = `${lang} ${date}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = formatCalendarDate(date, lang)));
  return label;
}
