// /sitemap.xml: every public article, list page and term page, with when it last changed; past 50,000
// URLs, an index of numbered parts (lib/sitemap.ts). Rendered on each request from the content store
// (crawlers ask rarely; it is a few milliseconds even at 5000 articles), so a published edit shows in it
// at once. A route handler, not Next's sitemap.ts convention, which cannot write a sitemap index.
import { getArticles, getSitePages } from '@/lib/content';
import { sitemapEntries } from '@/lib/routes';
import { renderSitemap } from '@/lib/sitemap';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(renderSitemap(sitemapEntries(getArticles(), getSitePages())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
