// A feed as the text its route answers with, built by the `feed` library (RSS 2.0, Atom 1.0, and JSON
// Feed, which the library writes as version 1 and this module upgrades to 1.1). Each item carries the
// article whole, with every URL absolute.
import { Feed } from 'feed';
import type { ArticleSummary } from '../content/article';
import { absoluteUrl, termUrl } from '../content/urls';
import { articleAuthors, articleDescription } from '../metadata';
import type { FeedFormat, FeedPage } from '../routes';
import { site } from '../site';
import { absoluteHtml } from './absolute-html';
import { toJsonFeed11 } from './json-feed';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** When an article last changed, as a date (articles with no date sort last, as of the epoch). */
const changed = (article: ArticleSummary) => new Date(article.lastmod ?? article.date ?? 0);

export function renderFeed(page: FeedPage, feedHtmlOf: (article: ArticleSummary) => string): string {
  const feed = new Feed({
    id: absoluteUrl(page.listUrl),
    link: absoluteUrl(page.listUrl),
    title: page.title,
    description: page.description,
    language: site.language,
    updated: new Date(Math.max(0, ...page.articles.map((article) => changed(article).getTime()))),
    generator: site.name,
    image: absoluteUrl(site.publisher.logo),
    favicon: absoluteUrl(site.publisher.logo),
    copyright: `© ${site.publisher.name}`,
    author: { name: site.publisher.name, link: site.publisher.url },
    feedLinks: { [page.format]: absoluteUrl(page.url) },
  });
  for (const article of page.articles) {
    const url = absoluteUrl(article.url);
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      date: changed(article),
      published: article.date ? new Date(article.date) : undefined,
      description: articleDescription(article),
      content: absoluteHtml(feedHtmlOf(article), url),
      author: articleAuthors(article).map((name) => ({ name })),
      category: article.tags.map((name) => ({ name, domain: absoluteUrl(termUrl(name)) })),
      image: article.image ? absoluteUrl(article.image.src, article.url) : undefined,
    });
  }
  if (page.format === 'rss') return feed.rss2();
  if (page.format === 'atom') return feed.atom1();
  const authors = new Map(page.articles.map((article) => [absoluteUrl(article.url), articleAuthors(article).map((name) => ({ name }))]));
  return toJsonFeed11(feed.json1(), site.language, (id) => authors.get(id) ?? []);
}
