import Link from 'next/link';
import { termUrl } from '@/lib/content/urls';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Tags" className="mt-10">
      <ul className="flex flex-wrap gap-2" role="list">
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={termUrl(tag)} className="inline-flex min-h-8 items-center rounded-full border border-line bg-surface px-3 text-sm text-accent hover:underline">
              #{tag}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
