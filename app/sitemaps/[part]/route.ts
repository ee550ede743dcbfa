// /sitemaps/<n>.xml: part n of a sitemap split past 50,000 URLs (404 while the site fits in one file).
import { getArticles, getSitePages } from '@/lib/content';
import { sitemapEntries } from '@/lib/routes';
import { renderSitemapPart } from '@/lib/sitemap';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const number = /^([1-9]\d{0,5})\.xml$/.exec((await params).part)?.[1];
  const xml = number ? renderSitemapPart(sitemapEntries(getArticles(), getSitePages()), Number(number)) : null;
  if (!xml) return new Response('Not found\n', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
