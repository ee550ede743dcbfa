import { SiteLink } from '@/components/ui/site-link';
import type { ArchiveYear } from '@/lib/content';
import { archiveYearSlug } from '@/lib/content/archive';
import { formatMonth } from '@/lib/content/display-dates';
import { archiveYearUrl } from '@/lib/content/urls';
import { FormattedDate } from './formatted-date';

const entriesClass =
  'mt-1 *:flex *:flex-col *:border-b *:border-line *:py-1 sm:*:flex-row sm:*:items-center sm:*:gap-4 [&_time]:text-sm [&_time]:text-muted sm:[&_time]:w-40 sm:[&_time]:shrink-0 [&_a]:inline-flex [&_a]:min-h-11 [&_a]:items-center [&_a]:text-accent [&_a]:underline-offset-4 [&_a:hover]:underline';
const countText = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`;

/** The archives' index: each year, a link to its page, with how many articles it holds. */
export function ArchiveYears({ years }: { years: ArchiveYear[] }) {
  if (years.length === 0) return <p className="text-muted">No articles yet.</p>;
  return (
    <ul role="list" className="divide-y divide-line border-y border-line">
      {years.map(({ year, count }) => (
        <li key={year ?? 'undated'} className="flex items-center gap-4">
          <SiteLink href={archiveYearUrl(archiveYearSlug(year))} className="inline-flex min-h-11 items-center text-xl font-semibold text-accent underline-offset-4 hover:underline">
            {year ?? 'Undated'}
          </SiteLink>
          <span className="text-muted">{countText(count)}</span>
        </li>
      ))}
    </ul>
  );
}

/** One year's articles by month (PaperMod's archive), under the page's own heading for the year: how many
 * it holds, then each month's heading with its count, then date and title per article. */
export function ArchiveYearList({ year: { year, count, months } }: { year: ArchiveYear }) {
  return (
    <>
      <p className="text-muted">{countText(count)}</p>
      {months.map(({ month, articles }) => (
        <section key={month ?? 'undated'} className="mt-8">
          {month !== null && year !== null && (
            <h2 className="text-lg font-semibold">
              {formatMonth(month)} <span className="text-sm font-normal text-muted">{countText(articles.length)}</span>
            </h2>
          )}
          {/* Styled from the list, not per entry: an archive of thousands of articles stays small. */}
          <ul className={entriesClass} role="list">
            {articles.map((article) => (
              <li key={article.slug}>
                {article.date && <FormattedDate date={article.date} />}
                <SiteLink href={article.url}>{article.title}</SiteLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
