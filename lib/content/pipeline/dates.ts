// Calendar dates as written in front matter: "2022-12-05" stays December 5 whatever the server's time zone.

export interface CalendarDate {
  /** `YYYY-MM-DD`, the date as the author wrote it. */
  date: string;
  /** The full value as written, used only to order articles published on the same day. */
  sortKey: string;
}

const DATE_PREFIX = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;

/** Parses a front-matter date (`2022-12-05`, `2022-12-05T10:00:00+08:00`, `"2022-12-05 10:00"`), or null. */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  const text = value instanceof Date ? dateObjectText(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null) return null;
  const match = DATE_PREFIX.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const writtenDateLength = match[1].length + match[2].length + match[3].length + 2;
  return { date, sortKey: date + text.slice(writtenDateLength) };
}

// TOML dates arrive as Date objects whose toISOString keeps the date as written (smol-toml's TomlDate).
function dateObjectText(value: Date): string | null {
  return Number.isNaN(value.getTime()) ? null : value.toISOString();
}

/** The calendar date `months` after `date` (`YYYY-MM-DD`), on the last day of the month when that day is
 * missing (January 31 plus one month is February 28 or 29). */
export function addMonths(date: string, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay)));
  const text = result.toISOString().slice(0, 10);
  return { date: text, sortKey: text };
}
