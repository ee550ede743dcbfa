// Hugo's gist shortcode: a link to the gist (or one of its files), never GitHub's embed script.
import { embedLabels, gistUrl } from '@/lib/content/embeds';
import { LinkCard } from './link-card';

export function Gist({ user, id, file }: { user: string; id: string; file?: string }) {
  return <LinkCard href={gistUrl(user, id, file)} label={embedLabels.gist(user, file)} site="gist.github.com" />;
}
