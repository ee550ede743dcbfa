// A calendar date as readers expect it (the site's locale), in a <time> machines can read. No time-zone
// shift: the date is the one the author wrote.
import { formatCalendarDate } from '@/lib/content/display-dates';

export function FormattedDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatCalendarDate(date)}</time>;
}
