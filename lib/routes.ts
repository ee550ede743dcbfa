// Every page the build prerenders, as a function of the public articles. The pages' generateStaticParams
// read it, and so does `npm run publish`, to know whether a content change adds or removes pages and
// which pages list articles. A new route that shows articles (archive, feed, sitemap) belongs in
// sitePages, or publishing would leave it stale (or be rendered on each request, as the sitemap is); tests/integration/publish.test.ts crawls the built site
// and checks that every page a reader can reach is known here.
import type { ArticleSummary } from './content/article';
import { groupByTag } from './content/taxonomy';
import { homeUrl, pageUrl, postsUrl, tagsUrl, termUrlFromSlug } from './content/urls';
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

export interface SitePages {
  articles: string[];
  /** Home, the post list and the tag pages: everything that lists articles. */
  lists: string[];
}

export function sitePages(articles: ArticleSummary[]): SitePages {
  const params = siteParams(articles);
  return {
    articles: articles.map((article) => article.url),
    lists: [
      homeUrl(),
      postsUrl(),
      ...params.postPages.map(({ page }) => pageUrl(postsUrl(), Number(page))),
      tagsUrl(),
      ...params.tags.map(({ tag }) => termUrlFromSlug(tag)),
      ...params.tagPages.map(({ tag, page }) => pageUrl(termUrlFromSlug(tag), Number(page))),
    ],
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
  const list = (base: string, items: ArticleSummary[]) =>
    Array.from({ length: pageCount(items.length, site.pageSize) }, (_, i) => ({
      url: pageUrl(base, i + 1),
      lastModified: newest(paginate(items, i + 1, site.pageSize)?.items ?? []),
    }));
  const terms = [...groupByTag(articles).values()];
  return [
    { url: homeUrl(), lastModified: newest(articles.slice(0, site.homeArticleCount)) },
    ...articles.map((article) => ({ url: article.url, lastModified: changed(article) })),
    ...list(postsUrl(), articles),
    { url: tagsUrl(), lastModified: newest(articles) },
    ...terms.flatMap((term) => list(term.url, term.articles)),
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
