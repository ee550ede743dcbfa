import Link from 'next/link';
import { archivesUrl, homeUrl, postsUrl, tagsUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';

export function Header() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={homeUrl()} className="flex min-h-11 items-center gap-2 text-xl font-bold tracking-tight text-fg no-underline">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-accent" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M2 12h4l3-8 6 16 3-8h4" />
          </svg>
          {site.name}
        </Link>
        {/* On a phone the theme switch stays beside the name and the links take a row of their own. */}
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 max-sm:order-2 max-sm:-ml-3 max-sm:w-full sm:ml-auto">
          <Link href={homeUrl()} className="flex min-h-11 items-center rounded px-3 text-fg underline-offset-4 hover:underline">
            Home
          </Link>
          <Link href={postsUrl()} className="flex min-h-11 items-center rounded px-3 text-fg underline-offset-4 hover:underline">
            Posts
          </Link>
          <Link href={tagsUrl()} className="flex min-h-11 items-center rounded px-3 text-fg underline-offset-4 hover:underline">
            Tags
          </Link>
          <Link href={archivesUrl()} className="flex min-h-11 items-center rounded px-3 text-fg underline-offset-4 hover:underline">
            Archives
          </Link>
          <HeaderSearch />
        </nav>
        <div className="max-sm:order-1 max-sm:ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
