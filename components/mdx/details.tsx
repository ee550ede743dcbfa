// Hugo's details: content the reader opens, behind a summary. No script: the browser's <details>.
import type { ReactNode } from 'react';

export function Details({ summary = 'Details', open, children }: { summary?: string; open?: boolean | string; children?: ReactNode }) {
  return (
    <details open={open === true || open === 'true' || open === ''} className="my-6 rounded-lg border border-line px-5 py-2">
      <summary className="min-h-6 cursor-pointer py-1 font-semibold">{summary}</summary>
      {children}
    </details>
  );
}
