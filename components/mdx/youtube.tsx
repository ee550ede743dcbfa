// A YouTube video behind the privacy facade: the youtube-nocookie.com player loads only on play.
import { youTubeWatchUrl } from '@/lib/content/embeds';
import { VideoFacade } from './video-facade';

export function YouTube({ id, title = 'YouTube video' }: { id: string; title?: string }) {
  return <VideoFacade player={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1&rel=0`} title={title} host="youtube-nocookie.com" watch={{ url: youTubeWatchUrl(id), site: 'YouTube' }} />;
}
