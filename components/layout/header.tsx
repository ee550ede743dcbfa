import { SiteLink } from '@/components/ui/site-link';
import { guidesUrl, healthAzUrl, homeUrl, urgentHelpUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';
import { HeaderSearch } from './header-search';
import { ThemeToggle } from './theme-toggle';

const linkClass = 'flex min-h-11 items-center rounded px-3 text-fg underline-offset-4 hover:underline';

/** The site's header: the ways a reader looking for health help comes in (the A–Z, guides, search) and,
 * set apart, urgent help; the lists and archives are in the footer. */
export function Header() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteLink href={homeUrl()} className="flex min-h-11 items-center gap-2 text-xl font-bold tracking-tight text-fg no-underline">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-accent" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
            <path d="M2 12h4l3-8 6 16 3-8h4" />
          </svg>
          {site.name}
        </SiteLink>
        {/* On a phone the theme switch stays beside the name and the links take a row of their own. */}
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1 max-sm:order-2 max-sm:-ml-3 max-sm:w-full sm:ml-auto">
          <SiteLink href={healthAzUrl()} className={linkClass}>
            Health A–Z
          </SiteLink>
          <SiteLink href={guidesUrl()} className={linkClass}>
            Guides
          </SiteLink>
          <HeaderSearch />
          <SiteLink href={urgentHelpUrl()} className="flex min-h-11 items-center rounded bg-care-emergency px-3 max-sm:ml-3 font-semibold text-on-care-emergency underline-offset-4 hover:underline">
            Get urgent help
          </SiteLink>
        </nav>
        <div className="max-sm:order-1 max-sm:ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
