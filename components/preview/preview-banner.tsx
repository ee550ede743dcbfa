// Tells an editor the page is a preview, and how to leave it. Shown only on preview pages (Draft Mode).
import Link from 'next/link';
import { exitPreviewUrl } from '@/lib/content/urls';

export function PreviewBanner({ slug, draft }: { slug: string; draft: boolean }) {
  return (
    <div role="status" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-accent bg-surface px-4 py-3">
      <p className="font-semibold">{draft ? 'Preview: this draft is not published' : 'Preview: this version is not published yet'}</p>
      {/* A full navigation: the exit route must run on the server to end Draft Mode. */}
      <Link href={exitPreviewUrl(slug)} prefetch={false} className="font-semibold text-accent underline underline-offset-4">
        Exit preview
      </Link>
    </div>
  );
}
