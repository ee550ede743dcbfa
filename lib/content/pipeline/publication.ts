// An article's schedule from its front matter as written: when it goes live (the later of `date` and
// `publishDate`; Hugo leaves out future-dated content too) and when it comes down (`expiryDate`). Whether it
// is public at an instant is lib/content/schedule.ts's publicationAt, the one owner of that rule.
import { isTimeZone, writtenInstant } from '../instants';
import type { Schedule } from '../schedule';
import { site } from '../../site';

export interface WrittenSchedule {
  draft: boolean;
  /** Each as written (a calendar date's sortKey: `2026-03-01`, `2026-03-01T09:00:00+01:00`), or null. */
  date: string | null;
  publishDate: string | null;
  expiryDate: string | null;
}

const knownZones = new Set<string>();

export function scheduleOf({ draft, date, publishDate, expiryDate }: WrittenSchedule, timeZone: string = site.timeZone): Schedule {
  // An unknown zone would read every date as no date, and put scheduled articles live at once.
  if (!knownZones.has(timeZone)) {
    if (!isTimeZone(timeZone)) throw new Error(`lib/site.ts: timeZone "${timeZone}" is not a time zone this Node.js knows. Use an IANA name, such as "Europe/London".`);
    knownZones.add(timeZone);
  }
  const instant = (written: string | null) => (written === null ? null : writtenInstant(written, timeZone));
  const starts = [instant(date), instant(publishDate)].filter((value) => value !== null).sort();
  return { draft, publishAt: starts.at(-1) ?? null, expiresAt: instant(expiryDate) };
}

export { publicationAt, type Publication } from '../schedule';
