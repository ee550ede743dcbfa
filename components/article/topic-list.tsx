import { SiteLink } from '@/components/ui/site-link';
import { categoryUrl, termUrl, urlize } from '@/lib/content/urls';

/** An article's categories then tags, as one list of topics linking to their pages: each name once
 * ("Sleep" the category and "sleep" the tag are one topic, the category's page), none that has no page
 * (a name without letters or digits). */
export function articleTopics(categories: string[], tags: string[]): { name: string; url: string }[] {
  const byName = new Map<string, { name: string; url: string }>();
  for (const [names, urlOf] of [[categories, categoryUrl], [tags, termUrl]] as const) {
    for (const name of names) if (urlize(name) && !byName.has(urlize(name))) byName.set(urlize(name), { name, url: urlOf(name) });
  }
  return [...byName.values()];
}

/** The "Topics" list under an article: words a reader recognises, not hashtags. */
export function TopicList({ categories, tags }: { categories: string[]; tags: string[] }) {
  const topics = articleTopics(categories, tags);
  if (topics.length === 0) return null;
  return (
    <nav aria-labelledby="topics-title">
      <h2 id="topics-title" className="mb-2 text-base font-semibold">
        Topics
      </h2>
      <ul className="flex flex-wrap gap-2" role="list">
        {topics.map((topic) => (
          <li key={topic.url}>
            <SiteLink href={topic.url} className="inline-flex min-h-11 items-center rounded-full border border-line bg-surface px-3 text-sm text-accent hover:underline">
              {topic.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
