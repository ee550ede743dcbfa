import type { Metadata } from 'next';
import { PostList } from '@/components/ui/post-list';
import { getArticles } from '@/lib/content';

export const metadata: Metadata = { title: 'Posts', description: 'Every Pulse article, newest first.' };

export default function PostsPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Posts</h1>
      <PostList articles={getArticles()} />
    </div>
  );
}
