import { SiteLink } from '@/components/ui/site-link';
import type { Neighbours } from '@/lib/content';

export function PostNav({ newer, older }: Neighbours) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More articles" className="mt-10 grid gap-4 border-t border-line pt-6 sm:grid-cols-2">
      {newer && (
        <SiteLink href={newer.url} className="block rounded-lg border border-line p-4 text-fg no-underline hover:bg-surface">
          <span className="block text-sm text-muted">Newer: </span>
          <span className="font-semibold text-accent">{newer.title}</span>
        </SiteLink>
      )}
      {older && (
        <SiteLink href={older.url} className="block rounded-lg border border-line p-4 text-fg no-underline hover:bg-surface sm:col-start-2 sm:text-right">
          <span className="block text-sm text-muted">Older: </span>
          <span className="font-semibold text-accent">{older.title}</span>
        </SiteLink>
      )}
    </nav>
  );
}
