// Hugo's x / tweet / twitter shortcode: a link to the post on X, never X's script.
import { embedLabels, xPostUrl } from '@/lib/content/embeds';
import { LinkCard } from './link-card';

export function Tweet({ user, id }: { user?: string; id: string }) {
  return <LinkCard href={xPostUrl(id, user)} label={embedLabels.x(user)} site="x.com" />;
}
