// A highlighted note inside an article, for advice a reader should not miss: `<Callout>` in .mdx, and
// every admonition shortcode themes add (notice, hint, alert, note, tip, warning…), which always give a
// kind. The kind is told to screen readers ("Warning:") and shown by the border colour; the title, when
// there is one, is shown (a shortcode's title is inline Markdown, which arrives rendered: heading-slot.ts).
// A collapsed admonition (LoveIt's `open=false`) is a <details> the reader opens.
import type { ReactNode } from 'react';
import { CALLOUT_LABELS } from '@/lib/content/embeds';
import { headingSlot } from './heading-slot';

/** Warnings take the focus colour (amber), the rest the accent: a border only, so text contrast is the body's. */
const WARNING_KINDS = new Set(['warning', 'caution']);

export function Callout({ title: titleText, kind, open, children: content }: { title?: string; kind?: string; open?: boolean | string; children?: ReactNode }) {
  const { heading, rest: children } = headingSlot(content);
  const title = heading ?? titleText;
  const known = kind && Object.hasOwn(CALLOUT_LABELS, kind) ? kind : 'note';
  // A callout without a kind is a plain note, as before kinds existed: its role says so.
  const label = kind ? CALLOUT_LABELS[known] : null;
  const border = WARNING_KINDS.has(known) ? 'border-focus' : 'border-accent';
  if (open === false || open === 'false') {
    return (
      <details role="note" className={`my-6 rounded-lg border-l-4 ${border} bg-surface px-5 py-1`}>
        <summary className="min-h-6 cursor-pointer py-2 font-semibold">
          {title && label && <span className="sr-only">{label}: </span>}
          {title ?? label ?? 'Note'}
        </summary>
        {children}
      </details>
    );
  }
  return (
    <div role="note" className={`my-6 rounded-lg border-l-4 ${border} bg-surface px-5 py-1`}>
      {title ? (
        <p className="font-semibold">
          {label && <span className="sr-only">{label}: </span>}
          {title}
        </p>
      ) : (
        label && <span className="sr-only">{label}: </span>
      )}
      {children}
    </div>
  );
}
