// /robots.txt: everything may be crawled but the API routes and draft preview; the sitemap says where the pages are.
import type { MetadataRoute } from 'next';
import { absoluteUrl, sitemapUrl } from '@/lib/content/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/preview/'] },
    sitemap: absoluteUrl(sitemapUrl()),
  };
}
