// /share-cards/posts/<slug>.png: an article's share card when it has no cover (lib/share-image.ts), drawn
// at build time for the articles the build prerenders, on first request for the rest.
import { shareCard } from '@/components/seo/share-card';
import { getArticle, getArticles } from '@/lib/content';
import { decodeSegment } from '@/lib/content/urls';
import { prerenderedParams } from '@/lib/prerender';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams(): { card: string }[] {
  return prerenderedParams(getArticles(), site.prerenderArticles).articles.map(({ slug }) => ({ card: `${slug}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ card: string }> }): Promise<Response> {
  const card = decodeSegment((await params).card);
  const article = card.endsWith('.png') ? getArticle(card.slice(0, -'.png'.length)) : null;
  if (!article) return new Response('Not found\n', { status: 404 });
  return shareCard(article.title, site.tagline);
}
