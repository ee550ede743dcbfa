import type { ReactNode } from 'react';

/** A highlighted note inside an article, for advice a reader should not miss. */
export function Callout({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div role="note" className="my-6 rounded-lg border-l-4 border-accent bg-surface px-5 py-1">
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  );
}
