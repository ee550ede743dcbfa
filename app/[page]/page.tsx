// Site pages from content/pages, at /<name>/ (/editorial-policy/). Next serves static routes (/posts/,
// /tags/, /health-a-z/…) and then next.config.js's rewrites (an article's own `url`) before it tries a
// dynamic route (its rewrites docs give the order), so neither can land here; the build refuses a page
// named like one of them anyway. Any other name is a 404 (dynamicParams = false).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SitePage } from '@/components/article/site-page';
import { getSitePage, getSitePages } from '@/lib/content';
import { decodeSegment } from '@/lib/content/urls';
import { sitePageMetadata } from '@/lib/metadata';
import { siteParams } from '@/lib/routes';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return siteParams([], getSitePages()).pages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getSitePage(decodeSegment((await params).page));
  return page ? sitePageMetadata(page) : {};
}

export default async function SitePageRoute({ params }: Props) {
  const page = getSitePage(decodeSegment((await params).page));
  if (!page) notFound();
  return <SitePage page={page} />;
}
