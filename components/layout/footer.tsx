import { SiteLink } from '@/components/ui/site-link';
import type { ArticleSummary } from '@/lib/content';
import { archivesUrl, categoriesUrl, guidesUrl, healthAzUrl, postsUrl, tagsUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

const browseLinks = [
  { title: 'Health A to Z', url: healthAzUrl() },
  { title: 'All articles', url: postsUrl() },
  { title: 'Guides', url: guidesUrl() },
  { title: 'Categories', url: categoriesUrl() },
  { title: 'Tags', url: tagsUrl() },
  { title: 'Archives', url: archivesUrl() },
];

/** The site's footer: its caution, then links to the ways in (A–Z, lists, taxonomies, archives) and each site page (content/pages). */
export function Footer({ pages }: { pages: Pick<ArticleSummary, 'url' | 'title'>[] }) {
  const links = [...browseLinks, ...pages];
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          {site.name} publishes general health information. It does not replace advice from a doctor, pharmacist or nurse who knows
          you. In an emergency, call your local emergency number.
        </p>
        <nav aria-label="Footer">
          <ul role="list" className="flex flex-wrap gap-x-6">
            {links.map((link) => (
              <li key={link.url}>
                <SiteLink href={link.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {link.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
