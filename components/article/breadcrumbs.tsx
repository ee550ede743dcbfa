import Link from 'next/link';
import { homeUrl, postsUrl } from '@/lib/content/urls';

export function Breadcrumbs({ title }: { title: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1">
        <li>
          <Link href={homeUrl()} className="inline-flex min-h-6 items-center text-accent underline underline-offset-4">
            Home
          </Link>
        </li>
        <li className="before:mx-1 before:content-['›']">
          <Link href={postsUrl()} className="inline-flex min-h-6 items-center text-accent underline underline-offset-4">
            Posts
          </Link>
        </li>
        <li className="before:mx-1 before:content-['›']">
          <span aria-current="page">{title}</span>
        </li>
      </ol>
    </nav>
  );
}
