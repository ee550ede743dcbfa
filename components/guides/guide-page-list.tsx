// A guide's pages in reading order, numbered: the guide's own page shows each as a card.
import type { ArticleSummary } from '@/lib/content';
import { PostCard } from '@/components/ui/post-card';

export function GuidePageList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ol className="list-decimal space-y-4 pl-6 marker:font-semibold marker:text-muted">
      {articles.map((article) => (
        <li key={article.slug} className="pl-1">
          <PostCard article={article} />
        </li>
      ))}
    </ol>
  );
}
