// /search/: a static page; the search itself runs in the browser over the Pagefind index (/pagefind/).
import { SiteLink } from '@/components/ui/site-link';
import { SiteSearch } from '@/components/search/site-search';
import { searchMetadata } from '@/lib/metadata';
import { getGuides } from '@/lib/content';
import { archivesUrl, healthAzUrl, tagsUrl } from '@/lib/content/urls';

export const metadata = searchMetadata();

/** Guides offered when a search finds nothing: the largest (the site keeps no reading figures). */
const SUGGESTED_GUIDES = 3;

export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Search</h1>
      <noscript>
        <p className="mb-4 rounded border border-line p-4">
          Search needs JavaScript, which is off in this browser. Every article is listed in the{' '}
          <SiteLink href={archivesUrl()} className="text-accent underline">archives</SiteLink> and by <SiteLink href={tagsUrl()} className="text-accent underline">tag</SiteLink>.
        </p>
      </noscript>
      <SiteSearch suggestions={{ healthAzUrl: healthAzUrl(), guides: suggestedGuides() }} />
    </div>
  );
}

function suggestedGuides(): { name: string; url: string }[] {
  return getGuides()
    .toSorted((a, b) => b.articles.length - a.articles.length)
    .slice(0, SUGGESTED_GUIDES)
    .map(({ name, url }) => ({ name, url }));
}
