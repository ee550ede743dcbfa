import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles } from '@/lib/content';
import { postsUrl } from '@/lib/content/urls';
import { postsMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ page: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

// Page 1 is /posts/ itself.
export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).postPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postsMetadata(Number((await params).page));
}

export default async function PostsPageN({ params }: Props) {
  const page = paginate(getArticles(), Number((await params).page), site.pageSize);
  if (!page || page.number === 1) notFound();
  return <PostListPage heading="Posts" base={postsUrl()} page={page} />;
}
