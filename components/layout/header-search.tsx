// The header's way into search: a search box on wider screens (it opens /search/?q=…), a search link on
// phones, where a box would crowd the menu. No JavaScript: the form is a plain GET.
import { SiteLink } from '@/components/ui/site-link';
import { searchUrl } from '@/lib/content/urls';

const icon = (
  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </svg>
);

export function HeaderSearch() {
  return (
    <>
      <SiteLink href={searchUrl()} className="flex min-h-11 min-w-11 items-center justify-center rounded text-fg sm:hidden">
        {icon}
        <span className="sr-only">Search</span>
      </SiteLink>
      <form role="search" aria-label="Site search" action={searchUrl()} method="get" className="relative mx-2 hidden items-center sm:flex">
        <label htmlFor="header-search" className="sr-only">
          Search the site
        </label>
        <span className="pointer-events-none absolute left-2 text-muted">{icon}</span>
        <input id="header-search" type="search" name="q" placeholder="Search" enterKeyHint="search" className="min-h-11 w-40 rounded border border-line bg-page pl-9 pr-2 text-fg" />
      </form>
    </>
  );
}
