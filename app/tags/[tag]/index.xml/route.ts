// /tags/<term>/index.xml (Hugo's path): rendered from the content store when it
// changes (see lib/feeds/respond.ts).
import { getTag } from '@/lib/content';
import { decodeSegment, rssFeedUrl } from '@/lib/content/urls';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }): Promise<Response> {
  const tag = getTag(decodeSegment((await params).tag));
  return tag ? feedResponse(rssFeedUrl(tag.url)) : new Response('Not found', { status: 404 });
}
