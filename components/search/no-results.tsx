// What a search that found nothing offers instead of a bare line: articles whose titles are close to the
// words typed (found by relaxed-queries.ts, as "Did you mean"), the Health A–Z, and the largest guides (the site keeps no reading figures to rank them by).
import { SiteLink } from '@/components/ui/site-link';

export interface SearchSuggestions {
  healthAzUrl: string;
  guides: { name: string; url: string }[];
}

const LINK = 'text-accent underline underline-offset-4';

export function NoResults({ closest, suggestions }: { closest: { url: string; title: string }[]; suggestions: SearchSuggestions }) {
  return (
    <section aria-labelledby="no-results-heading" className="mt-4 flex flex-col gap-4">
      <h2 id="no-results-heading" className="text-xl font-semibold">
        Try something else
      </h2>
      {closest.length > 0 && (
        <div>
          <p className="font-medium">Did you mean:</p>
          <ul role="list" className="mt-1 flex flex-col gap-1">
            {closest.map((hit) => (
              <li key={hit.url}>
                <a href={hit.url} className={LINK}>
                  {hit.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Check the spelling, use fewer words, or look the condition up in the{' '}
        <SiteLink href={suggestions.healthAzUrl} className={LINK}>
          Health A–Z
        </SiteLink>
        .
      </p>
      {suggestions.guides.length > 0 && (
        <div>
          <p className="font-medium">Our guides:</p>
          <ul role="list" className="mt-1 flex flex-col gap-1">
            {suggestions.guides.map((guide) => (
              <li key={guide.url}>
                <SiteLink href={guide.url} className={LINK}>
                  {guide.name}
                </SiteLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
