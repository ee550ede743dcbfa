// /series/: every guide, each with its pages in reading order.
import { SiteLink } from '@/components/ui/site-link';
import { JsonLd } from '@/components/seo/json-ld';
import { getGuides } from '@/lib/content';
import { guidesUrl } from '@/lib/content/urls';
import { collectionGraph } from '@/lib/structured-data';
import { guidesMetadata } from '@/lib/metadata';

export const metadata = guidesMetadata();

export default function GuidesPage() {
  const guides = getGuides();
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd graph={collectionGraph({ name: 'Guides', url: guidesUrl(), parents: [], items: guides.map((guide) => ({ name: guide.name, url: guide.url })) })} />
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Guides</h1>
      {guides.length === 0 ? (
        <p className="text-muted">No guides yet.</p>
      ) : (
        <ul className="space-y-8" role="list">
          {guides.map((guide) => (
            <li key={guide.slug}>
              <h2 className="text-xl font-semibold">
                <SiteLink href={guide.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                  {guide.name}
                </SiteLink>
              </h2>
              <ol className="mt-1 list-decimal pl-6 marker:text-muted">
                {guide.articles.map((article) => (
                  <li key={article.slug}>
                    <SiteLink href={article.url} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                      {article.title}
                    </SiteLink>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
