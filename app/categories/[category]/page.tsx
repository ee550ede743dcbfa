import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListPage } from '@/components/ui/post-list-page';
import { getArticles, getCategory } from '@/lib/content';
import { categoriesUrl, decodeSegment } from '@/lib/content/urls';
import { categoryMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ category: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).categories;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = getCategory(decodeSegment((await params).category));
  return category ? categoryMetadata(category) : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = getCategory(decodeSegment((await params).category));
  const page = category && paginate(category.articles, 1, site.pageSize);
  if (!category || !page) notFound();
  return <PostListPage heading={`Category “${category.name}”`} base={category.url} page={page} parent={{ name: 'Categories', url: categoriesUrl() }} />;
}
