import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Article } from '@/components/article/article';
import { JsonLd } from '@/components/seo/json-ld';
import { getArticle, getArticleSummary, getArticles, getGuidePlace, getNeighbours, getRelated } from '@/lib/content';
import { articleMetadata } from '@/lib/metadata';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';
import { articleGraph } from '@/lib/structured-data';
import { decodeSegment } from '@/lib/content/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

// The rest render on their first request (lib/prerender.ts); proxy.ts answers unknown ones with a 404 first.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedParams(getArticles(), site.prerenderArticles).articles;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticleSummary(decodeSegment((await params).slug));
  if (!article) return {};
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const slug = decodeSegment((await params).slug);
  const article = getArticle(slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd graph={articleGraph(article)} />
      <Article article={article} neighbours={getNeighbours(slug)} guide={getGuidePlace(slug)} related={getRelated(slug)} />
    </>
  );
}
