import type { Heading } from '@/lib/content';

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
    <details open={open} className="group rounded-lg border border-line bg-surface p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <summary className="cursor-pointer font-semibold">Table of contents</summary>
      <nav aria-label="Table of contents" className="mt-3 text-sm">
        <ol className="space-y-1">
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`} className="inline-block py-1 text-accent underline-offset-4 hover:underline">
                {entry.text}
              </a>
              {entry.children.length > 0 && (
                <ol className="ml-4 space-y-1 border-l border-line pl-3">
                  {entry.children.map((child) => (
                    <li key={child.id}>
                      <a href={`#${child.id}`} className="inline-block py-1 text-accent underline-offset-4 hover:underline">
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
    </details>
  );
}
