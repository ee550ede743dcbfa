import { SiteLink } from '@/components/ui/site-link';
import { pageUrl } from '@/lib/content/urls';

/** Page numbers shown: first, last, and two either side of the current page. */
function visiblePages(current: number, total: number): Array<number | 'gap'> {
  const shown: Array<number | 'gap'> = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= 2) shown.push(n);
    else if (shown[shown.length - 1] !== 'gap') shown.push('gap');
  }
  return shown;
}

const linkClass = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3 text-accent hover:bg-surface';

export function Pagination({ base, current, total }: { base: string; current: number; total: number }) {
  if (total <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2" role="list">
        {current > 1 && (
          <li>
            <SiteLink href={pageUrl(base, current - 1)} rel="prev" className={linkClass}>
              ‹ Newer
            </SiteLink>
          </li>
        )}
        {visiblePages(current, total).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === current ? (
                <span aria-current="page" className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-accent px-3 font-semibold text-accent-fg">
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <SiteLink href={pageUrl(base, n)} className={linkClass}>
                  <span className="sr-only">Page </span>
                  {n}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {current < total && (
          <li>
            <SiteLink href={pageUrl(base, current + 1)} rel="next" className={linkClass}>
              Older ›
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
