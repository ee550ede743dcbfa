import Link from 'next/link';
import { archivesUrl, categoriesUrl, guidesUrl, postsUrl, tagsUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

const browseLinks = [
  { name: 'All articles', url: postsUrl() },
  { name: 'Guides', url: guidesUrl() },
  { name: 'Categories', url: categoriesUrl() },
  { name: 'Tags', url: tagsUrl() },
  { name: 'Archives', url: archivesUrl() },
];

export function Footer() {
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          {site.name} publishes general health information. It does not replace advice from a doctor, pharmacist or nurse who knows
          you. In an emergency, call your local emergency number.
        </p>
        <nav aria-label="Browse">
          <ul className="flex flex-wrap gap-x-4" role="list">
            {browseLinks.map(({ name, url }) => (
              <li key={url}>
                <Link href={url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
