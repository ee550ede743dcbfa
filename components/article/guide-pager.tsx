// The previous and next pages of the guide an article belongs to, at its end.
import { SiteLink } from '@/components/ui/site-link';
import type { GuidePlace } from '@/lib/content';

export function GuidePager({ place: { previous, next } }: { place: GuidePlace }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next pages in this guide" className="mt-10 grid gap-4 sm:grid-cols-2">
      {previous && (
        <SiteLink href={previous.url} className="block rounded-lg border border-line p-4 text-fg no-underline hover:bg-surface">
          <span className="block text-sm text-muted">Previous page in this guide:</span> <span className="font-semibold text-accent">{previous.title}</span>
        </SiteLink>
      )}
      {next && (
        <SiteLink href={next.url} className="block rounded-lg border border-line p-4 text-fg no-underline hover:bg-surface sm:col-start-2 sm:text-right">
          <span className="block text-sm text-muted">Next page in this guide:</span> <span className="font-semibold text-accent">{next.title}</span>
        </SiteLink>
      )}
    </nav>
  );
}
