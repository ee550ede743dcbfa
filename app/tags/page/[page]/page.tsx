// Page 2 on of the tags index (page 1 is /tags/ itself), tags most used first.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermIndex } from '@/components/ui/term-index';
import { getArticles, getTags } from '@/lib/content';
import { tagsUrl } from '@/lib/content/urls';
import { tagsMetadata } from '@/lib/metadata';
import { paginate } from '@/lib/pagination';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

interface Props {
  params: Promise<{ page: string }>;
}

// A page per site.termsPerPage tags: few enough to prerender every one; one a publish adds renders on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).tagIndexPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagsMetadata(Number((await params).page));
}

export default async function TagsPageN({ params }: Props) {
  const page = paginate(getTags(), Number((await params).page), site.termsPerPage);
  if (!page || page.number === 1) notFound();
  return <TermIndex heading="Tags" base={tagsUrl()} page={page} empty="No tags yet." />;
}
