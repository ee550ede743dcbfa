// What every feed route answers: the feed at `url`, from the content store, with its media type.
// Feeds are rendered per request, not prerendered: Next's on-demand revalidation (revalidatePath) does not
// reach static route handlers (tried on Next 16.4: a revalidated /index.xml kept its build-time body), so a
// published edit would never reach feed readers. Each feed is rendered once per version of the store's
// index and kept in memory, so a request after the first costs a lookup.
import { getArticles, getFeedHtml, getStoreVersion } from '../content';
import { feedPages } from '../routes';
import { FEED_CONTENT_TYPES, renderFeed } from './render';

let rendered: { version: string; feeds: Map<string, Response> } = { version: '', feeds: new Map() };

export function feedResponse(url: string): Response {
  const version = getStoreVersion();
  if (rendered.version !== version) rendered = { version, feeds: new Map() };
  let response = rendered.feeds.get(url);
  if (!response) {
    const page = feedPages(getArticles()).find((feed) => feed.url === url);
    if (!page) return new Response('Not found\n', { status: 404 });
    response = new Response(renderFeed(page, (article) => getFeedHtml(article.slug)), { headers: { 'Content-Type': FEED_CONTENT_TYPES[page.format] } });
    rendered.feeds.set(url, response);
  }
  return response.clone();
}
