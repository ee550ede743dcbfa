// Hugo's `aliases` (old URLs that redirect to an article) and `url` (an article's own URL instead of
// /posts/<slug>/). An alias may not be a page of the site, nor the alias of another article (one article's
// duplicates are one redirect); a `url` may not be a page of the site nor where another article's route renders it: which
// would win is not for the build to guess, so each clash is an error naming every file and line involved.
import type { IndexedArticle } from '../article';
import { archivesUrl, categoriesUrl, healthAzUrl, homeUrl, pagesUnder, postsUrl, tagsUrl } from '../urls';
import type { ContentProblem } from './errors';

/** Paths the site itself answers, beside the articles: no alias may take them. Hugo's home pages from 2 on
 * (/page/N/) redirect to the post list's (next.config.js). */
function isSitePath(path: string): boolean {
  if (path === homeUrl() || path === postsUrl() || path === archivesUrl() || path === healthAzUrl()) return true;
  return [pagesUnder(postsUrl()), pagesUnder(homeUrl()), tagsUrl(), categoriesUrl(), '/api/', '/_next/'].some((prefix) => path.startsWith(prefix));
}

export function findCustomUrlClashes(articles: IndexedArticle[]): ContentProblem[] {
  const byFile = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const routedAt = new Map(byFile.map((article) => [article.routeUrl, article]));
  const problems: ContentProblem[] = [];
  for (const article of byFile) {
    if (article.url === article.routeUrl) continue;
    const where = { file: article.file, line: article.urlLine, column: 1 };
    const other = routedAt.get(article.url);
    if (isSitePath(article.url)) {
      problems.push({ ...where, message: `the url ${article.url} is a page of the site (the home page, a list, a tag page or Next's own paths). Choose another url.` });
    } else if (other && other !== article) {
      problems.push({ ...where, message: `the url ${article.url} is where ${other.file} is published. Choose another url, or rename that article.` });
    }
  }
  return problems;
}

export function findAliasClashes(articles: IndexedArticle[]): ContentProblem[] {
  const byFile = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const articleAt = new Map(byFile.map((article) => [article.url, article]));
  const claims = new Map<string, IndexedArticle[]>();
  for (const article of byFile) for (const alias of article.aliases) claims.set(alias, [...(claims.get(alias) ?? []), article]);
  const problems: ContentProblem[] = [];
  const at = (article: IndexedArticle) => `${article.file}:${article.aliasesLine}`;
  for (const [alias, claimants] of claims) {
    const page = articleAt.get(alias);
    for (const article of claimants) {
      const where = { file: article.file, line: article.aliasesLine, column: 1 };
      if (page) {
        problems.push({ ...where, message: `the alias ${alias} is the URL of ${page === article ? 'this article itself' : page.file}. Remove the alias, or move that article.` });
      } else if (isSitePath(alias)) {
        problems.push({ ...where, message: `the alias ${alias} is a page of the site (the home page, a list or a tag page). Remove the alias.` });
      } else if (claimants.length > 1) {
        const others = claimants.filter((other) => other !== article).map(at);
        problems.push({ ...where, message: `the alias ${alias} is also claimed by ${others.join(', ')}. Keep it in one article only.` });
      }
    }
  }
  return problems;
}

/**
 * Where Pulse's URL for an article changed when its slugs began to follow Hugo's, the old URL redirects
 * (308) to the new one: each former URL joins the article's aliases, unless a page, another article's URL
 * or route, or a written alias holds it, or two articles had it (then it stays theirs, or nobody's).
 * Idempotent: an entry reused from the last index already holds its former URLs among its aliases.
 */
export function addFormerUrls(articles: IndexedArticle[]): void {
  const written = new Map(articles.map((article) => [article, article.aliases.filter((alias) => !(article.formerUrls ?? []).includes(alias))]));
  const held = new Set(articles.flatMap((article) => [article.url, article.routeUrl, ...(written.get(article) ?? [])]));
  const formerCount = new Map<string, number>();
  for (const article of articles) for (const url of new Set(article.formerUrls ?? [])) formerCount.set(url, (formerCount.get(url) ?? 0) + 1);
  for (const article of articles) {
    const kept = (article.formerUrls ?? []).filter((url) => !held.has(url) && !isSitePath(url) && formerCount.get(url) === 1);
    article.aliases = [...new Set([...(written.get(article) ?? []), ...kept])];
  }
}
