// Every page the build prerenders, as a function of the public articles. The pages' generateStaticParams
// read it, and so does `npm run publish`, to know whether a content change adds or removes pages and
// which pages list articles. A new route that shows articles (archive, feed, sitemap) belongs in
// sitePages, or publishing would leave it stale (or be rendered on each request, as the sitemap is);
// tests/integration/publish.test.ts crawls the built site and checks that every page a reader can reach
// is known here.
import type { ArticleSummary } from './content/article';
import type { Term } from './content/taxonomy';
import { groupByTag } from './content/taxonomy';
import { atomFeedUrl, homeUrl, jsonFeedUrl, pageUrl, postsUrl, rssFeedUrl, searchUrl, tagsUrl } from './content/urls';
import { pageCount, paginate } from './pagination';
import { site } from './site';

export interface SiteParams {
  articles: { slug: string }[];
  postPages: { page: string }[];
  tags: { tag: string }[];
  tagPages: { tag: string; page: string }[];
}

/** Page numbers from 2 on: page 1 of a list is its own route (/posts/, /tags/<term>/). */
const laterPages = (items: number) => Array.from({ length: pageCount(items, site.pageSize) - 1 }, (_, i) => String(i + 2));

export function siteParams(articles: ArticleSummary[]): SiteParams {
  const tags = [...groupByTag(articles).values()];
  return {
    articles: articles.map((article) => ({ slug: article.slug })),
    postPages: laterPages(articles.length).map((page) => ({ page })),
    tags: tags.map((tag) => ({ tag: tag.slug })),
    tagPages: tags.flatMap((tag) => laterPages(tag.articles.length).map((page) => ({ tag: tag.slug, page }))),
  };
}

/** A page that lists articles, with what it shows. */
export interface ListPage {
  url: string;
  /** The articles on this page, newest first (the tag index: every article, through its terms). */
  articles: ArticleSummary[];
  /** How many pages its list has (for its pagination links). */
  totalPages: number;
  /** The term a term page lists; the tag index shows them all. */
  term?: Term;
  terms?: Term[];
}

/** Every page that lists articles: home, every page of /posts/, the tag index and every page of each term. */
export function listPages(articles: ArticleSummary[]): ListPage[] {
  const terms = [...groupByTag(articles).values()];
  const paginated = (base: string, items: ArticleSummary[], term?: Term): ListPage[] =>
    Array.from({ length: pageCount(items.length, site.pageSize) }, (_, i) => {
      const page = paginate(items, i + 1, site.pageSize);
      return { url: pageUrl(base, i + 1), articles: page?.items ?? [], totalPages: page?.totalPages ?? 1, term };
    });
  return [
    { url: homeUrl(), articles: articles.slice(0, site.homeArticleCount), totalPages: 1 },
    ...paginated(postsUrl(), articles),
    { url: tagsUrl(), articles, totalPages: 1, terms },
    ...terms.flatMap((term) => paginated(term.url, term.articles, term)),
  ];
}

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A feed: the newest articles of a list, in one format. */
export interface FeedPage {
  url: string;
  format: FeedFormat;
  title: string;
  description: string;
  /** The page whose feed it is. */
  listUrl: string;
  /** The newest `site.feedSize` articles of the list. */
  articles: ArticleSummary[];
}

/** Every feed: the site's in three formats (RSS at Hugo's /index.xml), and an RSS feed per section and per term. */
export function feedPages(articles: ArticleSummary[]): FeedPage[] {
  const newest = (items: ArticleSummary[]) => items.slice(0, site.feedSize);
  const siteFeed = { title: site.name, description: site.description, listUrl: homeUrl(), articles: newest(articles) };
  return [
    { ...siteFeed, url: rssFeedUrl(homeUrl()), format: 'rss' },
    { ...siteFeed, url: atomFeedUrl(), format: 'atom' },
    { ...siteFeed, url: jsonFeedUrl(), format: 'json' },
    { url: rssFeedUrl(postsUrl()), format: 'rss', title: `Posts on ${site.name}`, description: `Every ${site.name} article, newest first.`, listUrl: postsUrl(), articles: newest(articles) },
    ...[...groupByTag(articles).values()].map((term): FeedPage => ({
      url: rssFeedUrl(term.url),
      format: 'rss',
      title: `${term.name} on ${site.name}`,
      description: `${site.name} articles about ${term.name}, newest first.`,
      listUrl: term.url,
      articles: newest(term.articles),
    })),
  ];
}

export interface SitePages {
  articles: string[];
  /** Home, the post list and the tag pages: everything that lists articles. */
  lists: string[];
  feeds: string[];
  /** Pages that show no article (search reads its results from the search index in the browser). */
  tools: string[];
}

export function sitePages(articles: ArticleSummary[]): SitePages {
  return {
    articles: articles.map((article) => article.url),
    lists: listPages(articles).map((page) => page.url),
    feeds: feedPages(articles).map((feed) => feed.url),
    tools: [searchUrl()],
  };
}

export interface SitemapEntry {
  url: string;
  /** `YYYY-MM-DD`: the article's lastmod, else its date; for a list, the newest among the articles on it. */
  lastModified: string | null;
}

/** Every public page, for the sitemap: articles, list pages and term pages (never drafts). */
export function sitemapEntries(articles: ArticleSummary[]): SitemapEntry[] {
  const changed = (article: ArticleSummary) => article.lastmod ?? article.date;
  const newest = (items: ArticleSummary[]) => items.map(changed).reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  return [
    ...articles.map((article) => ({ url: article.url, lastModified: changed(article) })),
    ...listPages(articles).map((page) => ({ url: page.url, lastModified: newest(page.articles) })),
  ];
}

/** The breadcrumbs the article page shows (Home › Posts › title), positions from 1. */
export function articleBreadcrumbs(article: Pick<ArticleSummary, 'title' | 'url'>): { name: string; url: string }[] {
  return [
    { name: 'Home', url: homeUrl() },
    { name: 'Posts', url: postsUrl() },
    { name: article.title, url: article.url },
  ];
}
