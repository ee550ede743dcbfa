// Page 2 on of the categories index (page 1 is /categories/ itself), categories most used first.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermIndex } from '@/components/ui/term-index';
import { getArticles, getCategories } from '@/lib/content';
import { categoriesUrl } from '@/lib/content/urls';
import { categoriesMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ page: string }>;
}

// A page per site.termsPerPage categories: few enough to prerender every one; one a publish adds renders on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).categoryIndexPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoriesMetadata(Number((await params).page));
}

export default async function CategoriesPageN({ params }: Props) {
  const page = paginate(getCategories(), Number((await params).page), site.termsPerPage);
  if (!page || page.number === 1) notFound();
  return <TermIndex heading="Categories" base={categoriesUrl()} page={page} empty="No categories yet." />;
}
