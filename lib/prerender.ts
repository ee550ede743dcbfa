// Which pages `next build` renders ahead of readers, and which wait for their first request. The static
// routes (home, /posts/, the term indexes, the archives, the A–Z, search, site pages, guides) are always
// prerendered. Of the routes with a slug, the build renders the newest `limit` articles and the first page
// of every tag and category they name (where their readers go next); every other article, term page and
// later list page is rendered on its first request and then served from Next's cache (Next's incremental
// static regeneration: these routes return this subset from generateStaticParams, with dynamicParams).
import type { ArticleSummary } from './content/article';
import { articleUrl, categoryUrlFromSlug, pageUrl, postsUrl, termUrlFromSlug } from './content/urls';
import { siteParams, type SiteParams } from './routes';

/** The parts of SiteParams whose routes render on first request. */
export type OnDemandParams = Pick<SiteParams, 'articles' | 'postPages' | 'tags' | 'tagPages' | 'categories' | 'categoryPages'>;

/** What the build prerenders of the on-demand routes, from the public articles (newest first). */
export function prerenderedParams(articles: ArticleSummary[], limit: number): OnDemandParams {
  const newest = siteParams(articles.slice(0, Math.max(0, limit)));
  return { articles: newest.articles, postPages: [], tags: newest.tags, tagPages: [], categories: newest.categories, categoryPages: [] };
}

/** The URL of every page the on-demand routes serve: what proxy.ts lets through to them. */
export function onDemandUrls(params: OnDemandParams): string[] {
  return [
    ...params.articles.map(({ slug }) => articleUrl(slug)),
    ...params.postPages.map(({ page }) => pageUrl(postsUrl(), Number(page))),
    ...params.tags.map(({ tag }) => termUrlFromSlug(tag)),
    ...params.tagPages.map(({ tag, page }) => pageUrl(termUrlFromSlug(tag), Number(page))),
    ...params.categories.map(({ category }) => categoryUrlFromSlug(category)),
    ...params.categoryPages.map(({ category, page }) => pageUrl(categoryUrlFromSlug(category), Number(page))),
  ];
}

/** Whether a path has the shape of an on-demand route's page (whether or not that page exists). */
export function isOnDemandPath(pathname: string): boolean {
  return ON_DEMAND_PATHS.some((pattern) => pattern.test(pathname));
}

const ON_DEMAND_PATHS = [/^\/posts\/[^/]+\/$/, /^\/posts\/page\/[^/]+\/$/, /^\/(tags|categories)\/[^/]+\/$/, /^\/(tags|categories)\/[^/]+\/page\/[^/]+\/$/];
