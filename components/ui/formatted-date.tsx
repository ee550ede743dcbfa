// A calendar date as readers expect it, in a <time> machines can read. No time-zone shift: the date is
// the one the author wrote.
const formatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function FormattedDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatter.format(new Date(`${date}T00:00:00Z`))}</time>;
}
