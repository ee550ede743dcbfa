import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles } from '@/lib/content';
import { postsUrl } from '@/lib/content/urls';
import { postsMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { siteParams } from '@/lib/routes';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

// Page 1 is /posts/ itself.
export function generateStaticParams() {
  return siteParams(getArticles()).postPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postsMetadata(Number((await params).page));
}

export default async function PostsPageN({ params }: Props) {
  const page = paginate(getArticles(), Number((await params).page), site.pageSize);
  if (!page || page.number === 1) notFound();
  return <PostListPage heading="Posts" base={postsUrl()} page={page} />;
}
