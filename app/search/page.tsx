// /search/: a static page; the search itself runs in the browser over the Pagefind index (/pagefind/).
import { SiteLink } from '@/components/ui/site-link';
import { SiteSearch } from '@/components/search/site-search';
import { searchMetadata } from '@/lib/metadata';
import { archivesUrl, tagsUrl } from '@/lib/content/urls';

export const metadata = searchMetadata();

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
      <SiteSearch />
    </div>
  );
}
