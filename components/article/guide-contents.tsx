// "Pages in this guide", near the top of an article that belongs to a guide: every page in reading order,
// this one marked as the current page and not a link (as NHS condition pages list theirs).
import { SiteLink } from '@/components/ui/site-link';
import type { GuidePlace } from '@/lib/content';

export function GuideContents({ place }: { place: GuidePlace }) {
  const { guide, index } = place;
  return (
    <nav aria-label="Pages in this guide" className="mt-6 rounded-lg border border-line p-4">
      <p className="text-sm text-muted">
        This page is part of a guide:{' '}
        <SiteLink href={guide.url} className="text-accent underline underline-offset-4">
          {guide.name}
        </SiteLink>
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-6 marker:text-muted">
        {guide.articles.map((page, i) => (
          <li key={page.slug}>
            {i === index ? (
              <span aria-current="page" className="inline-flex min-h-11 items-center font-semibold">
                {page.title}
              </span>
            ) : (
              <SiteLink href={page.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                {page.title}
              </SiteLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
