// The home page's guides: each guide's name and how many pages it has, linking to its page.
import { SiteLink } from '@/components/ui/site-link';
import type { Guide } from '@/lib/content';
import { guidesUrl } from '@/lib/content/urls';

export function HomeGuides({ guides }: { guides: Pick<Guide, 'slug' | 'name' | 'url' | 'articles'>[] }) {
  if (guides.length === 0) return null;
  return (
    <section aria-labelledby="guides-title" className="mb-10">
      <h2 id="guides-title" className="mb-4 text-2xl font-bold">
        Guides
      </h2>
      <ul role="list" className="grid gap-3 sm:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.slug} className="rounded border border-line bg-surface p-4">
            <SiteLink href={guide.url} className="inline-flex min-h-11 items-center text-lg font-semibold text-accent underline underline-offset-4">
              {guide.name}
            </SiteLink>
            <p className="text-sm text-muted">{guide.articles.length === 1 ? '1 page' : `${guide.articles.length} pages`}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <SiteLink href={guidesUrl()} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4">
          All guides
        </SiteLink>
      </p>
    </section>
  );
}
