// The article's table of contents: its h2s and h3s as nested lists of in-page links, inside a "Contents"
// disclosure (toc-disclosure.tsx: closed on phones, open beside the body on wide screens, the section
// being read marked with aria-current).
import type { Heading } from '@/lib/content';
import { TocDisclosure } from './toc-disclosure';

/** The entry of the section being read is bold, with a bar beside it (not colour alone). */
const LINK = 'inline-block border-l-4 border-transparent py-1 pl-2 -ml-3 text-accent underline-offset-4 hover:underline aria-[current]:border-accent aria-[current]:font-bold';

interface TocEntry extends Heading {
  children: Heading[];
}

/** h2s at the top, each h3 under the h2 before it (an h3 before any h2 stands at the top). */
function nest(headings: Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 3 && entries.length > 0) entries[entries.length - 1].children.push(heading);
    else if (heading.depth <= 3) entries.push({ ...heading, children: [] });
  }
  return entries;
}

export function TableOfContents({ headings, open }: { headings: Heading[]; open: boolean }) {
  const entries = nest(headings);
  if (entries.length === 0) return null;
  return (
    <TocDisclosure openWhenWide={open}>
      <summary className="min-h-6 cursor-pointer font-semibold">Contents</summary>
      <nav aria-label="Table of contents" className="mt-3 text-sm">
        <ol className="space-y-1">
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`} className={LINK}>
                {entry.text}
              </a>
              {entry.children.length > 0 && (
                <ol className="ml-4 space-y-1 border-l border-line pl-3">
                  {entry.children.map((child) => (
                    <li key={child.id}>
                      <a href={`#${child.id}`} className={LINK}>
                        {child.text}
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </TocDisclosure>
  );
}
