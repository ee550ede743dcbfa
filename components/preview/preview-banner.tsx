// Tells an editor the page is a preview, and how to leave it. Shown only on preview pages (Draft Mode or a
// preview link). For a slug no article has, it says so here and offers the closest slugs there are.
import { exitPreviewUrl, previewUrl } from '@/lib/content/urls';

export type PreviewState = { kind: 'draft' } | { kind: 'unpublished' } | { kind: 'missing'; suggestions: string[] };

export function PreviewBanner({ slug, state }: { slug: string; state: PreviewState }) {
  return (
    <div role="status" className="mb-6 rounded-lg border-2 border-accent bg-surface px-4 py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-semibold [overflow-wrap:anywhere]">{heading(slug, state)}</p>
        {/* A plain link, not next/link: the exit route is a route handler, reached by a full navigation. */}
        <a href={exitPreviewUrl(state.kind === 'missing' ? undefined : slug)} className="font-semibold text-accent underline underline-offset-4">
          Exit preview
        </a>
      </div>
      {state.kind === 'missing' && <MissingHint suggestions={state.suggestions} />}
    </div>
  );
}

function heading(slug: string, state: PreviewState): string {
  if (state.kind === 'missing') return `Preview: there is no article with the slug "${slug}"`;
  return state.kind === 'draft' ? 'Preview: this draft is not published' : 'Preview: this version is not published yet';
}

function MissingHint({ suggestions }: { suggestions: string[] }) {
  if (suggestions.length === 0) {
    return <p className="mt-2">Check the slug: it is the file name without .md (or the front matter&apos;s slug).</p>;
  }
  return (
    <div className="mt-2">
      <p>Did you mean:</p>
      <ul className="mt-1 list-disc pl-6">
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            <a href={previewUrl(suggestion)} className="text-accent underline underline-offset-4">
              {suggestion}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
