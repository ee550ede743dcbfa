// Site pages (content/pages: an editorial policy, an accessibility statement…): written like articles and
// read by the same pipeline, but served at /<name>/ and kept out of lists, feeds and post navigation. A
// name may not be one of the site's own addresses, nor an article's `url` or alias: which page would win
// is not for the build to guess, so each is an error naming the file and line.
import type { IndexedArticle } from '../article';
import { sitePageUrl } from '../urls';
import { compileBody, type Compile } from './compile';
import { ContentError, type ContentProblem } from './errors';
import type { SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import { loadArticle, type LoadedArticle, type LoadOptions } from './load-article';

/** The first segment of every address the site answers itself (routes in app/, Next's own, and routes
 * the site plans), which a page's name may not take. site-pages.test.ts checks app/ against it. */
export const SITE_ROUTE_NAMES: ReadonlySet<string> = new Set([
  'api', 'archives', 'categories', 'health-a-z', 'media', 'page', 'pagefind', 'posts', 'preview', 'search', 'series', 'share-cards', 'sitemaps', 'tags', 'urgent-help', '_next',
  'apple-icon.png', 'atom.xml', 'favicon.ico', 'feed.json', 'icon.svg', 'index.xml', 'manifest.webmanifest', 'robots.txt', 'sitemap.xml',
]);

/** One page file, read as an article is, served at /<name>/; a name or key a page cannot have is an error. */
export async function loadSitePage(source: SourceFile, compile: Compile = compileBody, options: LoadOptions = {}): Promise<LoadedArticle> {
  const page = await loadArticle(source, compile, { ...options, routeOf: sitePageUrl, languageSubdirs: false });
  const keyLines = splitFrontMatter(source.file, source.source).keyLines;
  const problems: ContentProblem[] = [];
  if (SITE_ROUTE_NAMES.has(page.slug)) {
    problems.push({ file: page.file, line: keyLines.get('slug') ?? 1, column: 1, message: `the page name "${page.slug}" is one of the site's own addresses (/${page.slug}/). Rename the file, or set "slug" to another name.` });
  }
  if (page.url !== page.routeUrl) {
    problems.push({ file: page.file, line: page.urlLine, column: 1, message: `a site page is served at /<name>/ and takes no "url". Remove it; to change the address, rename the file or set "slug".` });
  }
  if (page.aliases.length > 0) {
    problems.push({ file: page.file, line: page.aliasesLine, column: 1, message: 'a site page takes no "aliases" (redirects are made for articles only). Remove them.' });
  }
  if (problems.length > 0) throw new ContentError(problems, page.warnings.map((warning) => ({ file: page.file, ...warning })));
  return page;
}

/** Pages whose address another page, an article's `url` or an article's alias also claims (public ones). */
export function findSitePageClashes(pages: IndexedArticle[], articles: IndexedArticle[]): ContentProblem[] {
  const byFile = <T extends { file: string }>(items: T[]) => [...items].sort((a, b) => a.file.localeCompare(b.file));
  const problems: ContentProblem[] = [];
  for (const page of byFile(pages)) {
    const where = { file: page.file, line: 1, column: 1 };
    const samePage = byFile(pages).filter((other) => other !== page && other.url === page.url);
    if (samePage.length > 0) {
      problems.push({ ...where, message: `the page address ${page.url} is also claimed by ${samePage.map((other) => other.file).join(', ')}. Rename one of the files or give it a different "slug".` });
    }
    for (const article of byFile(articles)) {
      if (article.url === page.url) {
        problems.push({ ...where, message: `the page address ${page.url} is the url of the article ${article.file}:${article.urlLine}. Rename the page (or set its "slug"), or change that article's url.` });
      }
      if (article.aliases.includes(page.url)) {
        problems.push({ ...where, message: `the page address ${page.url} is an alias of the article ${article.file}:${article.aliasesLine}. Rename the page (or set its "slug"), or remove that alias.` });
      }
    }
  }
  return problems;
}

/** The order the footer lists pages in: by weight (pages without one last), then by title. */
export function sortSitePages<T extends Pick<IndexedArticle, 'weight' | 'title'>>(pages: T[]): T[] {
  const rank = (page: T) => (page.weight === 0 ? Number.POSITIVE_INFINITY : page.weight);
  return [...pages].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
