import Link from 'next/link';
import { urlize } from '@/lib/content/urls';

/** An article's terms of one taxonomy (its categories, its tags) as links to their pages: each term once
 * ("Sleep" and "sleep" are one page), none that has no page (a name without letters or digits). */
export function TermList({ label, names, urlOf, prefix = '' }: { label: string; names: string[]; urlOf: (name: string) => string; prefix?: string }) {
  const bySlug = new Map<string, string>();
  for (const name of names) if (urlize(name) && !bySlug.has(urlize(name))) bySlug.set(urlize(name), name);
  if (bySlug.size === 0) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2" role="list">
        {[...bySlug].map(([slug, name]) => (
          <li key={slug}>
            <Link href={urlOf(name)} className="inline-flex min-h-11 items-center rounded-full border border-line bg-surface px-3 text-sm text-accent hover:underline">
              {prefix}
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
