import { JsonLd } from '@/components/seo/json-ld';
import type { ArticleSummary } from '@/lib/content';
import { pageUrl } from '@/lib/content/urls';
import type { Page } from '@/lib/pagination';
import { collectionGraph } from '@/lib/structured-data';
import { Pagination } from './pagination';
import { PostList } from './post-list';

/** One page of a paginated article list, under its heading, with its structured data (a CollectionPage
 * of the articles on it, below `parent` when the list belongs to one: Tags above a tag's page). */
export function PostListPage({ heading, base, page, parent }: { heading: string; base: string; page: Page<ArticleSummary>; parent?: { name: string; url: string } }) {
  const graph = collectionGraph({
    name: page.number > 1 ? `${heading} (page ${page.number})` : heading,
    url: pageUrl(base, page.number),
    parents: parent ? [parent] : [],
    items: page.items.map((article) => ({ name: article.title, url: article.url })),
  });
  return (
    <div className="mx-auto max-w-3xl">
      <JsonLd graph={graph} />
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">
        {heading}
        {page.number > 1 && <span className="text-muted"> (page {page.number})</span>}
      </h1>
      <PostList articles={page.items} />
      <Pagination base={base} current={page.number} total={page.totalPages} />
    </div>
  );
}
