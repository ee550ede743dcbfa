// Instants as editors read and write them: front-matter dates without an offset are the site's local time,
// and every instant we print is shown in the site's time zone (lib/site.ts's timeZone).
import { TZDate } from '@date-fns/tz';

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** The instant a front-matter date means (`2026-03-01`, `2026-03-01T09:00`, `2026-03-01 09:00:00+01:00`),
 * as ISO 8601 in UTC. A date alone is that day's midnight, as Hugo reads it; no offset means `timeZone`.
 * Null when the text is not such a date (the schema has already said so). */
export function writtenInstant(written: string, timeZone: string): string | null {
  const match = WRITTEN.exec(written.trim());
  if (!match) return null;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '0', offset] = match;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (offset) {
    const zone = offset.toUpperCase() === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
    const text = `${year}-${month}-${day}T${hours.padStart(2, '0')}:${minutes}:${seconds}.${String(milliseconds).padStart(3, '0')}${zone}`;
    const time = Date.parse(text);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  const local = new TZDate(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), milliseconds, timeZone);
  return Number.isNaN(local.getTime()) ? null : new Date(local.getTime()).toISOString();
}

/** An instant as editors read it in `timeZone`: `2026-03-01 09:00 GMT`. */
export function formatInstant(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/** Whether `timeZone` is one this runtime knows (an IANA name such as `Europe/London`, or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
