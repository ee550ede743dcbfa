import type { ArticleSummary } from '@/lib/content';
import type { Page } from '@/lib/pagination';
import { Pagination } from './pagination';
import { PostList } from './post-list';

/** One page of a paginated article list, under its heading. */
export function PostListPage({ heading, base, page }: { heading: string; base: string; page: Page<ArticleSummary> }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">
        {heading}
        {page.number > 1 && <span className="text-muted"> (page {page.number})</span>}
      </h1>
      <PostList articles={page.items} />
      <Pagination base={base} current={page.number} total={page.totalPages} />
    </div>
  );
}
