// The health A–Z: a bar of letters (a link to each letter's page with its count of entries, plain muted
// text for the letters without), and a letter's entries, an article by its title or by another name
// ("DVT, see Deep vein thrombosis"), each a link to the article.
import { SiteLink } from '@/components/ui/site-link';
import type { AzGroup } from '@/lib/content/health-a-z';
import { OTHER_GROUP } from '@/lib/content/health-a-z';
import { healthAzLetterUrl } from '@/lib/content/urls';

/** What "#" stands for, for screen readers (after the "#" itself, so the name holds what is seen). */
const OTHER_GROUP_NAME = ' (numbers and other alphabets)';

function LetterName({ letter }: { letter: string }) {
  if (letter !== OTHER_GROUP) return letter;
  return (
    <>
      {OTHER_GROUP}
      <span className="sr-only">{OTHER_GROUP_NAME}</span>
    </>
  );
}

/** Every letter; `current` is the letter whose page this is, if any. */
export function LetterBar({ groups, current }: { groups: AzGroup[]; current?: string }) {
  const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded text-lg font-semibold';
  return (
    <nav aria-label="Letters">
      <ul role="list" className="flex flex-wrap gap-1">
        {groups.map((group) => (
          <li key={group.id}>
            {group.entries.length > 0 ? (
              <SiteLink
                href={healthAzLetterUrl(group.slug)}
                aria-current={group.slug === current ? 'page' : undefined}
                className={`${cell} flex-col border border-line px-1 text-accent underline-offset-4 hover:bg-surface hover:underline aria-[current=page]:bg-surface`}
              >
                <LetterName letter={group.letter} />
                <span className="text-xs font-normal text-muted">
                  {group.entries.length}
                  <span className="sr-only"> {group.entries.length === 1 ? 'entry' : 'entries'}</span>
                </span>
              </SiteLink>
            ) : (
              <span className={`${cell} text-muted`}>
                <LetterName letter={group.letter} />
                <span className="sr-only">: no entries</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function HealthAzList({ groups }: { groups: AzGroup[] }) {
  return (
    <div className="mt-8 space-y-8">
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={group.id}>
            <h2 id={group.id} className="scroll-mt-4 border-b border-line pb-1 text-2xl font-bold">
              <LetterName letter={group.letter} />
            </h2>
            <ul role="list" className="mt-2">
              {group.entries.map((entry) => (
                <li key={`${entry.name}-${entry.url}`}>
                  <SiteLink href={entry.url} className="flex min-h-11 items-center text-accent underline underline-offset-4">
                    {entry.see ? `${entry.name}, see ${entry.see}` : entry.name}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
