// A Vimeo video behind the privacy facade: the player loads only on play, and with dnt=1 (no tracking).
import { vimeoUrl } from '@/lib/content/embeds';
import { VideoFacade } from './video-facade';

export function Vimeo({ id, title = 'Vimeo video' }: { id: string; title?: string }) {
  return <VideoFacade player={`https://player.vimeo.com/video/${encodeURIComponent(id)}?dnt=1&autoplay=1`} title={title} host="player.vimeo.com" watch={{ url: vimeoUrl(id), site: 'Vimeo' }} />;
}
