// Tells an editor the page is a preview, and how to leave it. Shown only on preview pages (Draft Mode).
import { exitPreviewUrl } from '@/lib/content/urls';

export function PreviewBanner({ slug, draft }: { slug: string; draft: boolean }) {
  return (
    <div role="status" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-accent bg-surface px-4 py-3">
      <p className="font-semibold">{draft ? 'Preview: this draft is not published' : 'Preview: this version is not published yet'}</p>
      {/* A plain link, not next/link: the exit route is a route handler, reached by a full navigation. */}
      <a href={exitPreviewUrl(slug)} className="font-semibold text-accent underline underline-offset-4">
        Exit preview
      </a>
    </div>
  );
}
