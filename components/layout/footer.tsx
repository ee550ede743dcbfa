import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { healthAzUrl, postsUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

/** The site's footer: its caution, then links to the health A–Z, every article and each site page (content/pages). */
export function Footer({ pages }: { pages: Pick<ArticleSummary, 'url' | 'title'>[] }) {
  const links = [{ url: healthAzUrl(), title: 'Health A to Z' }, { url: postsUrl(), title: 'All articles' }, ...pages];
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
                <Link href={link.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
