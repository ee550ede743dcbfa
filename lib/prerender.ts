// Which pages `next build` renders ahead of readers, and which wait for their first request. The static
// routes (home, /posts/, the term indexes' first pages, the archives, the A–Z, search, site pages) are
// always prerendered. Every route with a slug serves pages that content can add or remove, so each one
// renders an unknown slug on its first request (dynamicParams) and is then served from Next's cache (Next's
// incremental static regeneration): `npm run publish` can then add and remove pages with no build.
// Of those routes the build prerenders every page of the small ones (archive years, A–Z letters, guides,
// later pages of the term indexes), and of the large ones the newest `limit` articles and the first page of
// every tag and category they name (where their readers go next).
import type { ArticleSummary } from './content/article';
import { archiveYearUrl, articleUrl, categoriesUrl, categoryUrlFromSlug, guideUrlFromSlug, healthAzLetterUrl, pageUrl, postsUrl, tagsUrl, termUrlFromSlug } from './content/urls';
import { siteParams, type SiteParams } from './routes';

/** The parts of SiteParams whose routes have a slug (every route but site pages, which stay static). */
export type SlugParams = Omit<SiteParams, 'pages'>;

/** What the build prerenders of the routes with a slug, from the public articles (newest first). */
export function prerenderedParams(articles: ArticleSummary[], limit: number): SlugParams {
  const all = siteParams(articles);
  const newest = siteParams(articles.slice(0, Math.max(0, limit)));
  return {
    articles: newest.articles,
    postPages: [],
    tags: newest.tags,
    tagPages: [],
    categories: newest.categories,
    categoryPages: [],
    tagIndexPages: all.tagIndexPages,
    categoryIndexPages: all.categoryIndexPages,
    guides: all.guides,
    archiveYears: all.archiveYears,
    azLetters: all.azLetters,
  };
}

/** The URL of every page the routes with a slug serve: what proxy.ts lets through to them. */
export function slugRouteUrls(params: SlugParams): string[] {
  return [
    ...params.articles.map(({ slug }) => articleUrl(slug)),
    ...params.postPages.map(({ page }) => pageUrl(postsUrl(), Number(page))),
    ...params.tags.map(({ tag }) => termUrlFromSlug(tag)),
    ...params.tagPages.map(({ tag, page }) => pageUrl(termUrlFromSlug(tag), Number(page))),
    ...params.categories.map(({ category }) => categoryUrlFromSlug(category)),
    ...params.categoryPages.map(({ category, page }) => pageUrl(categoryUrlFromSlug(category), Number(page))),
    ...params.tagIndexPages.map(({ page }) => pageUrl(tagsUrl(), Number(page))),
    ...params.categoryIndexPages.map(({ page }) => pageUrl(categoriesUrl(), Number(page))),
    ...params.guides.map(({ guide }) => guideUrlFromSlug(guide)),
    ...params.archiveYears.map(({ year }) => archiveYearUrl(year)),
    ...params.azLetters.map(({ letter }) => healthAzLetterUrl(letter)),
  ];
}

/** Whether a path has the shape of a page of a route with a slug (whether or not that page exists). */
export function isSlugRoutePath(pathname: string): boolean {
  return SLUG_ROUTE_PATHS.some((pattern) => pattern.test(pathname));
}

const SLUG_ROUTE_PATHS = [
  /^\/posts\/[^/]+\/$/,
  /^\/posts\/page\/[^/]+\/$/,
  /^\/(tags|categories)\/[^/]+\/$/,
  /^\/(tags|categories)\/[^/]+\/page\/[^/]+\/$/,
  /^\/(tags|categories)\/page\/[^/]+\/$/,
  /^\/series\/[^/]+\/$/,
  /^\/archives\/[^/]+\/$/,
  /^\/health-a-z\/[^/]+\/$/,
];
