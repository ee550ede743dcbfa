// /atom.xml: rendered at build time; `npm run publish` revalidates it when an article it carries changes.
import { atomFeedUrl } from '@/lib/content/urls';
import { feedResponse } from '@/lib/feeds/respond';

export const dynamic = 'force-static';

export function GET(): Response {
  return feedResponse(atomFeedUrl());
}
