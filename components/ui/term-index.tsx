import Link from 'next/link';
import type { Term } from '@/lib/content';

/** Every term of a taxonomy (the tags, the categories) with how many articles each has, most used first. */
export function TermIndex({ heading, terms, empty }: { heading: string; terms: Term[]; empty: string }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">{heading}</h1>
      {terms.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="flex flex-wrap gap-3" role="list">
          {terms.map((term) => (
            <li key={term.slug}>
              <Link href={term.url} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-accent hover:bg-surface">
                {term.name}{' '}
                <span className="text-sm text-muted">
                  {term.articles.length} <span className="sr-only">{term.articles.length === 1 ? 'article' : 'articles'}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
