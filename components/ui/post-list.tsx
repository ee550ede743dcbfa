import type { ArticleSummary } from '@/lib/content';
import { PostCard } from './post-card';

export function PostList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return <p className="text-muted">No articles yet.</p>;
  return (
    <ul className="space-y-4" role="list">
      {articles.map((article) => (
        <li key={article.slug}>
          <PostCard article={article} />
        </li>
      ))}
    </ul>
  );
}
