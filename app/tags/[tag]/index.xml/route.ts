// /tags/<term>/index.xml (Hugo's path): rendered at build time; `npm run publish` revalidates it when an
// article it carries changes.
import { getArticles, getTag } from '@/lib/content';
import { rssFeedUrl } from '@/lib/content/urls';
import { feedResponse } from '@/lib/feeds/respond';
import { siteParams } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return siteParams(getArticles()).tags;
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }): Promise<Response> {
  const tag = getTag(decodeURIComponent((await params).tag));
  return tag ? feedResponse(rssFeedUrl(tag.url)) : new Response('Not found', { status: 404 });
}
