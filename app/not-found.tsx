// The 404 page: a search box, the newest articles and the ways in (home, archives). Prerendered like every
// page: the articles listed change with a full build, which is when articles come and go (a title edited
// by `npm run publish` shows here after the next build).
import { SiteLink } from '@/components/ui/site-link';
import { FormattedDate } from '@/components/ui/formatted-date';
import { getArticles } from '@/lib/content';
import { archivesUrl, homeUrl, postsUrl, searchUrl } from '@/lib/content/urls';

const NEWEST_COUNT = 5;
const linkClass = 'inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4';

export default function NotFound() {
  const newest = getArticles().slice(0, NEWEST_COUNT);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-lg text-muted">We could not find that page. It may have moved, or the address may be mistyped.</p>

      <form role="search" aria-label="Search articles" action={searchUrl()} method="get" className="mt-8 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="not-found-search" className="font-semibold">
            Search the articles
          </label>
          <input
            id="not-found-search"
            type="search"
            name="q"
            autoComplete="off"
            className="min-h-11 w-full rounded-md border border-muted bg-page px-3 text-fg"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-accent px-5 font-semibold text-accent-fg">
          Search
        </button>
      </form>

      {newest.length > 0 && (
        <section aria-labelledby="newest-title" className="mt-10">
          <h2 id="newest-title" className="text-xl font-semibold">
            Newest articles
          </h2>
          <ul className="mt-3 space-y-1">
            {newest.map((article) => (
              <li key={article.slug} className="flex flex-wrap items-baseline gap-x-3">
                <SiteLink href={article.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {article.title}
                </SiteLink>
                {article.date && (
                  <span className="text-sm text-muted">
                    <FormattedDate date={article.date} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ul className="mt-10 space-y-2">
        <li>
          <SiteLink href={homeUrl()} className={linkClass}>
            Go to the home page
          </SiteLink>
        </li>
        <li>
          <SiteLink href={archivesUrl()} className={linkClass}>
            Every article by date
          </SiteLink>
        </li>
        <li>
          <SiteLink href={postsUrl()} className={linkClass}>
            Browse all articles
          </SiteLink>
        </li>
      </ul>
    </div>
  );
}
