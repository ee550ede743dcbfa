import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles, getTag } from '@/lib/content';
import { termMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';
import { decodeSegment, tagsUrl } from '@/lib/content/urls';

interface Props {
  params: Promise<{ tag: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).tags;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag(decodeSegment((await params).tag));
  return tag ? termMetadata(tag) : {};
}

export default async function TagPage({ params }: Props) {
  const tag = getTag(decodeSegment((await params).tag));
  const page = tag && paginate(tag.articles, 1, site.pageSize);
  if (!tag || !page) notFound();
  return <PostListPage heading={`Tagged “${tag.name}”`} base={tag.url} page={page} parent={{ name: 'Tags', url: tagsUrl() }} />;
}
