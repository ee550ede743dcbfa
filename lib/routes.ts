// Every page the build prerenders, as a function of the public articles. The pages' generateStaticParams
// read it, and so does `npm run publish`, to know whether a content change adds or removes pages and
// which pages list articles. A new route that shows articles (archive, feed, sitemap) belongs in
// sitePages, or publishing would leave it stale; tests/integration/publish.test.ts crawls the built site
// and checks that every page a reader can reach is known here.
import type { ArticleSummary } from './content/article';
import { groupByTag } from './content/taxonomy';
import { homeUrl, pageUrl, postsUrl, tagsUrl, termUrlFromSlug } from './content/urls';
import { pageCount } from './pagination';
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
