// /categories/<term>/index.xml (Hugo's path): rendered from the content store when it
// changes (see lib/feeds/respond.ts).
import { getCategory } from '@/lib/content';
import { decodeSegment, rssFeedUrl } from '@/lib/content/urls';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';
export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }): Promise<Response> {
  const category = getCategory(decodeSegment((await params).category));
  return category ? feedResponse(rssFeedUrl(category.url)) : new Response('Not found', { status: 404 });
}
