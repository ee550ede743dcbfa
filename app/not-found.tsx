import Link from 'next/link';
import { homeUrl, postsUrl } from '@/lib/content/urls';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-lg text-muted">We could not find that page. It may have moved, or the address may be mistyped.</p>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href={homeUrl()} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4">
            Go to the home page
          </Link>
        </li>
        <li>
          <Link href={postsUrl()} className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4">
            Browse all articles
          </Link>
        </li>
      </ul>
    </div>
  );
}
