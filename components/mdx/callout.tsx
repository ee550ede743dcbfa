// A highlighted note inside an article, for advice a reader should not miss: `<Callout>` in .mdx, and
// every admonition shortcode themes add (notice, hint, alert, note, tip, warning…). Its kind is told to
// screen readers ("Warning:") and shown by the border colour; the title, when there is one, is shown.
import type { ReactNode } from 'react';
import { CALLOUT_LABELS } from '@/lib/content/embeds';

/** Warnings take the focus colour (amber), the rest the accent: a border only, so text contrast is the body's. */
const WARNING_KINDS = new Set(['warning', 'caution']);

export function Callout({ title, kind = 'note', children }: { title?: string; kind?: string; children?: ReactNode }) {
  const known = Object.hasOwn(CALLOUT_LABELS, kind) ? kind : 'note';
  const label = CALLOUT_LABELS[known];
  const border = WARNING_KINDS.has(known) ? 'border-focus' : 'border-accent';
  return (
    <div role="note" className={`my-6 rounded-lg border-l-4 ${border} bg-surface px-5 py-1`}>
      {title ? (
        <p className="font-semibold">
          <span className="sr-only">{label}: </span>
          {title}
        </p>
      ) : (
        <span className="sr-only">{label}: </span>
      )}
      {children}
    </div>
  );
}
