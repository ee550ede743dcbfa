import type { Metadata } from 'next';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles } from '@/lib/content';
import { postsUrl } from '@/lib/content/urls';
import { paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

export const metadata: Metadata = { title: 'Posts', description: 'Every Pulse article, newest first.' };

export default function PostsPage() {
  const page = paginate(getArticles(), 1, site.pageSize);
  return page && <PostListPage heading="Posts" base={postsUrl()} page={page} />;
}
