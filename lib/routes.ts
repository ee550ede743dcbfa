// Every page the build prerenders, as a function of the public articles. The pages' generateStaticParams
// read it, and so does `npm run publish`, to know whether a content change adds or removes pages and
// which pages list articles. A new route that shows articles (archive, feed, sitemap) belongs in
// sitePages, or publishing would leave it stale (or be rendered on each request, as the sitemap is);
// tests/integration/publish.test.ts crawls the built site and checks that every page a reader can reach
// is known here.
import type { ArticleSummary } from './content/article';
import { groupBySeries, sortGuides, type Guide } from './content/guides';
import type { Term } from './content/taxonomy';
import { byUse, groupByCategory, groupByTag } from './content/taxonomy';
import { archiveYearSlug, groupByMonth } from './content/archive';
import { archiveYearUrl, archivesUrl, atomFeedUrl, categoriesUrl, guidesUrl, healthAzLetterUrl, healthAzUrl, homeUrl, jsonFeedUrl, pageUrl, postsUrl, rssFeedUrl, searchUrl, tagsUrl, urgentHelpUrl } from './content/urls';
import { healthAz, type AzGroup } from './content/health-a-z';
import { pageCount, paginate } from './pagination';
import { site } from './site';

export interface SiteParams {
  articles: { slug: string }[];
  postPages: { page: string }[];
  tags: { tag: string }[];
  tagPages: { tag: string; page: string }[];
  categories: { category: string }[];
  categoryPages: { category: string; page: string }[];
  /** The tag and category indexes' pages from 2 on. */
  tagIndexPages: { page: string }[];
  categoryIndexPages: { page: string }[];
  guides: { guide: string }[];
  /** The archives' years (`2024`, `undated`). */
  archiveYears: { year: string }[];
  /** The health A–Z's letters that have entries (`a`, `other`). */
  azLetters: { letter: string }[];
  /** Site pages (content/pages), by name. */
  pages: { page: string }[];
}

/** Page numbers from 2 on: page 1 of a list is its own route (/posts/, /tags/<term>/). */
const laterPages = (items: number, size: number = site.pageSize) => Array.from({ length: pageCount(items, size) - 1 }, (_, i) => String(i + 2));

export function siteParams(articles: ArticleSummary[], pages: Pick<ArticleSummary, 'slug'>[] = []): SiteParams {
  const tags = [...groupByTag(articles).values()];
  const categories = [...groupByCategory(articles).values()];
  return {
    articles: articles.map((article) => ({ slug: article.slug })),
    postPages: laterPages(articles.length).map((page) => ({ page })),
    tags: tags.map((tag) => ({ tag: tag.slug })),
    tagPages: tags.flatMap((tag) => laterPages(tag.articles.length).map((page) => ({ tag: tag.slug, page }))),
    categories: categories.map((category) => ({ category: category.slug })),
    categoryPages: categories.flatMap((category) => laterPages(category.articles.length).map((page) => ({ category: category.slug, page }))),
    tagIndexPages: laterPages(tags.length, site.termsPerPage).map((page) => ({ page })),
    categoryIndexPages: laterPages(categories.length, site.termsPerPage).map((page) => ({ page })),
    guides: [...groupBySeries(articles).keys()].map((guide) => ({ guide })),
    archiveYears: groupByMonth(articles).map((year) => ({ year: archiveYearSlug(year.year) })),
    azLetters: azLettersWithEntries(articles).map((group) => ({ letter: group.slug })),
    pages: pages.map((page) => ({ page: page.slug })),
  };
}

const azLettersWithEntries = (articles: ArticleSummary[]) => healthAz(articles, site.language).filter((group) => group.entries.length > 0);

/** A page that lists articles, with what it shows. */
export interface ListPage {
  url: string;
  /** The articles on this page, newest first (a term index, the archives and the A–Z index: every article). */
  articles: ArticleSummary[];
  /** How many pages its list has (for its pagination links). */
  totalPages: number;
  /** The term a term page lists; a page of a term index (tags, categories) shows its share of them. */
  term?: Term;
  terms?: Term[];
  /** The guide a guide page lists (its articles in reading order); the guide index shows them all. */
  guide?: Guide;
  guides?: Guide[];
  /** The health A–Z's groups: every letter on its index (with counts), one on a letter's page. */
  groups?: AzGroup[];
}

/** Every page that lists articles: home, every page of /posts/, every page of the tag and category
 * indexes and of each term, the archives and each year of them, the guide index and each guide, and the health A–Z
 * and each letter with entries (a guide is a handful of pages, never paginated). */
export function listPages(articles: ArticleSummary[]): ListPage[] {
  const terms = [...groupByTag(articles).values()];
  const categories = [...groupByCategory(articles).values()];
  const guides = sortGuides(groupBySeries(articles).values());
  const termIndex = (base: string, all: Term[]): ListPage[] =>
    Array.from({ length: pageCount(all.length, site.termsPerPage) }, (_, i) => {
      const page = paginate(byUse(all), i + 1, site.termsPerPage);
      return { url: pageUrl(base, i + 1), articles, totalPages: page?.totalPages ?? 1, terms: page?.items ?? [] };
    });
  const paginated = (base: string, items: ArticleSummary[], term?: Term): ListPage[] =>
    Array.from({ length: pageCount(items.length, site.pageSize) }, (_, i) => {
      const page = paginate(items, i + 1, site.pageSize);
      return { url: pageUrl(base, i + 1), articles: page?.items ?? [], totalPages: page?.totalPages ?? 1, term };
    });
  return [
    { url: homeUrl(), articles: articles.slice(0, site.homeArticleCount), totalPages: 1 },
    ...paginated(postsUrl(), articles),
    ...termIndex(tagsUrl(), terms),
    ...terms.flatMap((term) => paginated(term.url, term.articles, term)),
    ...termIndex(categoriesUrl(), categories),
    ...categories.flatMap((term) => paginated(term.url, term.articles, term)),
    { url: archivesUrl(), articles, totalPages: 1 },
    ...groupByMonth(articles).map((year): ListPage => ({ url: archiveYearUrl(archiveYearSlug(year.year)), articles: year.months.flatMap((month) => month.articles), totalPages: 1 })),
    { url: guidesUrl(), articles: guides.flatMap((guide) => guide.articles), totalPages: 1, guides },
    ...guides.map((guide): ListPage => ({ url: guide.url, articles: guide.articles, totalPages: 1, guide })),
    { url: healthAzUrl(), articles, totalPages: 1, groups: healthAz(articles, site.language) },
    ...azLettersWithEntries(articles).map((group): ListPage => {
      const listed = new Set(group.entries.map((entry) => entry.url));
      return { url: healthAzLetterUrl(group.slug), articles: articles.filter((article) => listed.has(article.url)), totalPages: 1, groups: [group] };
    }),
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

/** Every feed: the site's in three formats (RSS at Hugo's /index.xml), and an RSS feed per section and per
 * term (tags and categories). */
export function feedPages(articles: ArticleSummary[]): FeedPage[] {
  const newest = (items: ArticleSummary[]) => items.slice(0, site.feedSize);
  const siteFeed = { title: site.name, description: site.description, listUrl: homeUrl(), articles: newest(articles) };
  return [
    { ...siteFeed, url: rssFeedUrl(homeUrl()), format: 'rss' },
    { ...siteFeed, url: atomFeedUrl(), format: 'atom' },
    { ...siteFeed, url: jsonFeedUrl(), format: 'json' },
    { url: rssFeedUrl(postsUrl()), format: 'rss', title: `Posts on ${site.name}`, description: `Every ${site.name} article, newest first.`, listUrl: postsUrl(), articles: newest(articles) },
    ...[...groupByTag(articles).values(), ...groupByCategory(articles).values()].map((term): FeedPage => ({
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
  /** Home, the post list, the tag and category pages, the archives, the guides and the health A–Z: everything that lists articles. */
  lists: string[];
  feeds: string[];
  /** The site pages of content/pages (/editorial-policy/…). */
  pages: string[];
  /** Pages that show no article (search reads its results from the search index in the browser; urgent help). */
  tools: string[];
}

export function sitePages(articles: ArticleSummary[], pages: Pick<ArticleSummary, 'url'>[] = []): SitePages {
  return {
    articles: articles.map((article) => article.url),
    lists: listPages(articles).map((page) => page.url),
    feeds: feedPages(articles).map((feed) => feed.url),
    pages: pages.map((page) => page.url),
    tools: [searchUrl(), urgentHelpUrl()],
  };
}

export interface SitemapEntry {
  url: string;
  /** `YYYY-MM-DD`: the article's lastmod, else its date; for a list, the newest among the articles on it. */
  lastModified: string | null;
}

/** Every public page, for the sitemap: articles, list pages, term pages and site pages (never drafts). */
export function sitemapEntries(articles: ArticleSummary[], pages: ArticleSummary[] = []): SitemapEntry[] {
  const changed = (article: ArticleSummary) => article.lastmod ?? article.date;
  const newest = (items: ArticleSummary[]) => items.map(changed).reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  return [
    ...articles.map((article) => ({ url: article.url, lastModified: changed(article) })),
    ...listPages(articles).map((page) => ({ url: page.url, lastModified: newest(page.articles) })),
    // A site page often has no date: its last review stands in.
    ...pages.map((page) => ({ url: page.url, lastModified: changed(page) ?? page.review.lastReviewed })),
    { url: urgentHelpUrl(), lastModified: null },
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
