// Hugo's instagram shortcode: a link to the post, never Instagram's script.
import { embedLabels, instagramPostUrl } from '@/lib/content/embeds';
import { LinkCard } from './link-card';

export function Instagram({ id }: { id: string }) {
  return <LinkCard href={instagramPostUrl(id)} label={embedLabels.instagram()} site="instagram.com" />;
}
