// Hugo's {{< toc >}} and the themes' own: the article's table of contents where the author put it. The
// compile step fills it with a list of links to the article's headings (plugins/rehype-toc-shortcode.ts).
import type { ReactNode } from 'react';

export function Toc({ children }: { children?: ReactNode }) {
  return (
    <nav aria-label="Contents" className="my-6 rounded-lg border border-line bg-surface px-5 py-3 text-sm">
      <p className="font-semibold">Contents</p>
      {children}
    </nav>
  );
}
