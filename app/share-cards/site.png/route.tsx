// /share-cards/site.png: the share card of every page without an image of its own (lib/share-image.ts).
import { shareCard } from '@/components/seo/share-card';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export function GET(): Response {
  return shareCard(site.tagline, '');
}
