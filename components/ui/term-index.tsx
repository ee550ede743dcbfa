import { SiteLink } from '@/components/ui/site-link';
import type { Term } from '@/lib/content';
import type { Page } from '@/lib/pagination';
import { Pagination } from './pagination';

/** A page of a taxonomy's index (the tags, the categories): its terms with how many articles each has, most
 * used first, then links to the other pages. */
export function TermIndex({ heading, base, page, empty }: { heading: string; base: string; page: Page<Term>; empty: string }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">
        {heading}
        {page.number > 1 && <span className="text-muted"> (page {page.number})</span>}
      </h1>
      {page.items.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-3" role="list">
          {page.items.map((term) => (
            <li key={term.slug}>
              <SiteLink href={term.url} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-accent hover:bg-surface">
                {term.name}{' '}
                <span className="text-sm text-muted">
                  {term.articles.length} <span className="sr-only">{term.articles.length === 1 ? 'article' : 'articles'}</span>
                </span>
              </SiteLink>
            </li>
          ))}
        </ul>
      )}
      <Pagination base={base} current={page.number} total={page.totalPages} />
    </div>
  );
}
