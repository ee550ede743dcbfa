// /feed.json: rendered from the content store when it changes (see lib/feeds/respond.ts).
import { jsonFeedUrl } from '@/lib/content/urls';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return feedResponse(jsonFeedUrl());
}
