// Hugo's details: content the reader opens, behind a summary. No script: the browser's <details>. A
// shortcode's summary is inline Markdown, which arrives rendered (heading-slot.ts).
import type { ReactNode } from 'react';
import { headingSlot } from './heading-slot';

export function Details({ summary = 'Details', open, children }: { summary?: string; open?: boolean | string; children?: ReactNode }) {
  const { heading, rest } = headingSlot(children);
  return (
    <details open={open === true || open === 'true' || open === ''} className="my-6 rounded-lg border border-line px-5 py-2">
      <summary className="min-h-6 cursor-pointer py-1 font-semibold">{heading ?? summary}</summary>
      {rest}
    </details>
  );
}
