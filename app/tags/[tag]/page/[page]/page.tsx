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
  params: Promise<{ tag: string; page: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

// Page 1 of a tag is /tags/<tag>/ itself.
export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).tagPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = getTag(decodeSegment(slug));
  return tag ? termMetadata(tag, Number(page)) : {};
}

export default async function TagPageN({ params }: Props) {
  const { tag: slug, page: number } = await params;
  const tag = getTag(decodeSegment(slug));
  const page = tag && paginate(tag.articles, Number(number), site.pageSize);
  if (!tag || !page || page.number === 1) notFound();
  return <PostListPage heading={`Tagged “${tag.name}”`} base={tag.url} page={page} parent={{ name: 'Tags', url: tagsUrl() }} />;
}
