// /robots.txt: everything may be crawled but the API routes; the sitemap says where the pages are.
import type { MetadataRoute } from 'next';
import { absoluteUrl, sitemapUrl } from '@/lib/content/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: absoluteUrl(sitemapUrl()),
  };
}
