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
  params: Promise<{ category: string; page: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

// Page 1 of a category is /categories/<category>/ itself.
export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).categoryPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category: slug, page } = await params;
  const category = getCategory(decodeSegment(slug));
  return category ? categoryMetadata(category, Number(page)) : {};
}

export default async function CategoryPageN({ params }: Props) {
  const { category: slug, page: number } = await params;
  const category = getCategory(decodeSegment(slug));
  const page = category && paginate(category.articles, Number(number), site.pageSize);
  if (!category || !page || page.number === 1) notFound();
  return <PostListPage heading={`Category “${category.name}”`} base={category.url} page={page} parent={{ name: 'Categories', url: categoriesUrl() }} />;
}
