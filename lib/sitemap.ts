// The sitemap as crawlers read it (https://www.sitemaps.org/protocol.html): one <urlset> while the site
// has at most 50,000 URLs (the protocol's limit per file), else a <sitemapindex> at the same address
// naming numbered parts of 50,000 each. Written by an XML builder, which escapes every value.
import { XMLBuilder } from 'fast-xml-parser';
import { absoluteUrl, sitemapPartUrl } from './content/urls';
import type { SitemapEntry } from './routes';

export const SITEMAP_URL_LIMIT = 50_000;
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });
const xml = (document: object) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`;

/** What /sitemap.xml answers: every entry, or an index of the parts when they are more than `limit`. */
export function renderSitemap(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): string {
  if (entries.length <= limit) return urlset(entries);
  const parts = Array.from({ length: Math.ceil(entries.length / limit) }, (_, i) => entries.slice(i * limit, (i + 1) * limit));
  return xml({
    sitemapindex: {
      '@xmlns': NAMESPACE,
      sitemap: parts.map((part, i) => ({ loc: absoluteUrl(sitemapPartUrl(i + 1)), ...lastmod(newest(part)) })),
    },
  });
}

/** Part `number` (from 1) of a split sitemap, or null when there is no such part. */
export function renderSitemapPart(entries: SitemapEntry[], number: number, limit = SITEMAP_URL_LIMIT): string | null {
  if (entries.length <= limit || !Number.isInteger(number) || number < 1) return null;
  const part = entries.slice((number - 1) * limit, number * limit);
  return part.length > 0 ? urlset(part) : null;
}

function urlset(entries: SitemapEntry[]): string {
  return xml({ urlset: { '@xmlns': NAMESPACE, url: entries.map((entry) => ({ loc: absoluteUrl(entry.url), ...lastmod(entry.lastModified) })) } });
}

function lastmod(date: string | null): { lastmod?: string } {
  return date ? { lastmod: date } : {};
}

function newest(entries: SitemapEntry[]): string | null {
  return entries.reduce<string | null>((found, entry) => (entry.lastModified && (!found || entry.lastModified > found) ? entry.lastModified : found), null);
}
