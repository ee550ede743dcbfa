import Link from 'next/link';
import { guidesUrl, postsUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

export function Footer() {
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          {site.name} publishes general health information. It does not replace advice from a doctor, pharmacist or nurse who knows
          you. In an emergency, call your local emergency number.
        </p>
        <p>
          <Link href={postsUrl()} className="text-accent underline underline-offset-4">
            All articles
          </Link>
        </p>
        <p>
          <Link href={guidesUrl()} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
            All guides
          </Link>
        </p>
      </div>
    </footer>
  );
}
