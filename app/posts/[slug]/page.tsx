import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Article } from '@/components/article/article';
import { JsonLd } from '@/components/seo/json-ld';
import { getArticle, getArticleSummary, getArticles, getGuidePlace, getNeighbours, getRelated } from '@/lib/content';
import { articleMetadata } from '@/lib/metadata';
import { siteParams } from '@/lib/routes';
import { articleGraph } from '@/lib/structured-data';
import { decodeSegment } from '@/lib/content/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return siteParams(getArticles()).articles;
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
