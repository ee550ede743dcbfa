// Dates and counts as the site's readers write them (site.locale, en-GB by default: "5 December 2022"),
// the one place every page, the search results and the compiled "Sources" list format them. Calendar
// dates as written: no time-zone shift.
import { site } from '../site';

const day = new Intl.DateTimeFormat(site.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat(site.locale, { month: 'long', timeZone: 'UTC' });
const count = new Intl.NumberFormat(site.locale);

/** `2022-12-05` -> "5 December 2022" (en-GB). */
export function formatCalendarDate(date: string): string {
  return day.format(new Date(`${date}T00:00:00Z`));
}

/** 1–12 -> "December" (en-GB). */
export function formatMonth(monthNumber: number): string {
  return month.format(new Date(Date.UTC(2000, monthNumber - 1, 1)));
}

/** 1234 -> "1,234" (en-GB). */
export function formatCount(value: number): string {
  return count.format(value);
}
