// /robots.txt: everything may be crawled but the API routes and draft preview; the sitemap says where the pages are.
// No `Allow: /`: Next writes Allow lines before Disallow ones, and first-match parsers (Python's
// robotparser) would then allow everything. What is not disallowed is allowed by every parser.
import type { MetadataRoute } from 'next';
import { absoluteUrl, sitemapUrl } from '@/lib/content/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', disallow: ['/api/', '/preview/'] },
    sitemap: absoluteUrl(sitemapUrl()),
  };
}
