// Hugo's details: content the reader opens, behind a summary. No script: the browser's <details>. A
// shortcode's summary is inline Markdown: the compile step puts it, rendered, in a <summary> first child.
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';

export function Details({ summary = 'Details', open, children }: { summary?: string; open?: boolean | string; children?: ReactNode }) {
  const [first, ...rest] = Children.toArray(children);
  const rendered = isValidElement(first) && first.type === 'summary' ? (first as ReactElement<{ children?: ReactNode }>).props.children : null;
  return (
    <details open={open === true || open === 'true' || open === ''} className="my-6 rounded-lg border border-line px-5 py-2">
      <summary className="min-h-6 cursor-pointer py-1 font-semibold">{rendered ?? summary}</summary>
      {rendered === null ? children : rest}
    </details>
  );
}
