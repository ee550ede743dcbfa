// A calendar date as the start of that day in the site's time zone, with its UTC offset
// (2024-07-01 -> 2024-07-01T00:00:00+01:00 in Europe/London): structured data and Open Graph need a
// time zone, and articles give only the day.
import { site } from './site';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The zone's UTC offset on that day, as `+01:00` (or `Z` for none). */
function utcOffset(date: string, timeZone: string): string {
  const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(`${date}T00:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = zoneName.replace(/^GMT/, '');
  return offset === '' ? 'Z' : offset;
}

/** `YYYY-MM-DD` as a date-time with its offset; anything else (already a date-time) as it is. */
export function zonedDateTime(date: string, timeZone: string = site.timeZone): string {
  return CALENDAR_DATE.test(date) ? `${date}T00:00:00${utcOffset(date, timeZone)}` : date;
}

/** The later of two `YYYY-MM-DD` dates (either may be missing). */
export function laterDate(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}
