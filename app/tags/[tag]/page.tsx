import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles, getTag } from '@/lib/content';
import { termMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { siteParams } from '@/lib/routes';
import { site } from '@/lib/site';
import { decodeSegment } from '@/lib/content/urls';

interface Props {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return siteParams(getArticles()).tags;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag(decodeSegment((await params).tag));
  return tag ? termMetadata(tag) : {};
}

export default async function TagPage({ params }: Props) {
  const tag = getTag(decodeSegment((await params).tag));
  const page = tag && paginate(tag.articles, 1, site.pageSize);
  if (!tag || !page) notFound();
  return <PostListPage heading={`Tagged “${tag.name}”`} base={tag.url} page={page} />;
}
