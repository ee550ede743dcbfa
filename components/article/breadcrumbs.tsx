import { SiteLink } from '@/components/ui/site-link';
import { articleBreadcrumbs } from '@/lib/routes';

/** Home › Posts › the article: the same trail the page's BreadcrumbList structured data gives. */
export function Breadcrumbs({ article }: { article: { title: string; url: string } }) {
  const crumbs = articleBreadcrumbs(article);
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, i) => (
          <li key={crumb.url} className={i > 0 ? "before:mx-1 before:content-['›']" : undefined}>
            {i < crumbs.length - 1 ? (
              <SiteLink href={crumb.url} className="inline-flex min-h-6 items-center text-accent underline underline-offset-4">
                {crumb.name}
              </SiteLink>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
