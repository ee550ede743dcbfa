// /sitemap.xml: every public article, list page and term page, with when it last changed. Rendered on
// each request from the content store (crawlers ask rarely; it is a few milliseconds even at 5000
// articles), so a published edit shows in it at once, without a revalidation of its own.
import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content';
import { absoluteUrl } from '@/lib/content/urls';
import { sitemapEntries } from '@/lib/routes';

export const dynamic = 'force-dynamic';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getArticles()).map(({ url, lastModified }) => ({ url: absoluteUrl(url), ...(lastModified ? { lastModified } : {}) }));
}
