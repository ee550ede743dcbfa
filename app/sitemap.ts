// /sitemap.xml: every public article, list page and term page, with when it last changed.
import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content';
import { absoluteUrl } from '@/lib/content/urls';
import { sitemapEntries } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getArticles()).map(({ url, lastModified }) => ({ url: absoluteUrl(url), ...(lastModified ? { lastModified } : {}) }));
}
