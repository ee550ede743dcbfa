import Link from 'next/link';
import { getTags } from '@/lib/content';
import { tagsMetadata } from '@/lib/metadata';

export const metadata = tagsMetadata();

export default function TagsPage() {
  const tags = getTags();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Tags</h1>
      {tags.length === 0 ? (
        <p className="text-muted">No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-3" role="list">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={tag.url} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-accent hover:bg-surface">
                {tag.name}
                <span className="text-sm text-muted">
                  {tag.articles.length} <span className="sr-only">articles</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
