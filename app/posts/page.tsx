import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles } from '@/lib/content';
import { postsUrl } from '@/lib/content/urls';
import { postsMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { site } from '@/lib/site';

export const metadata = postsMetadata();

export default function PostsPage() {
  const page = paginate(getArticles(), 1, site.pageSize);
  return page && <PostListPage heading="Posts" base={postsUrl()} page={page} />;
}
