// What every feed route answers: the feed at `url` from the content store, with its media type.
import { getArticles, getFeedHtml } from '../content';
import { feedPages } from '../routes';
import { FEED_CONTENT_TYPES, renderFeed } from './render';

export function feedResponse(url: string): Response {
  const page = feedPages(getArticles()).find((feed) => feed.url === url);
  if (!page) return new Response('Not found', { status: 404 });
  return new Response(renderFeed(page, (article) => getFeedHtml(article.slug)), { headers: { 'Content-Type': FEED_CONTENT_TYPES[page.format] } });
}
