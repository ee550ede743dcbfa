// The checker's rule on links between articles: a body's link to a /posts/ page must reach a public
// article (or a page of the post list). Checked once every article's URL is known.
import type { IndexedArticle } from '../article';
import { pagesUnder, postsUrl, sitePath } from '../urls';
import type { ContentWarning } from './errors';

/** What the rule needs of each article: where it is published, and (for the files checked) its links. */
export type LinkedArticle = Pick<IndexedArticle, 'file' | 'url' | 'routeUrl' | 'aliases' | 'draft' | 'links'>;

export function findBrokenLinks(articles: LinkedArticle[]): ContentWarning[] {
  const published = new Set(articles.filter((article) => !article.draft).flatMap((article) => [article.url, article.routeUrl, ...article.aliases]));
  const drafts = new Set(articles.filter((article) => article.draft).map((article) => article.routeUrl));
  const warnings: ContentWarning[] = [];
  for (const article of articles) {
    for (const link of article.links) {
      const target = targetOf(link.href);
      if (published.has(target) || target === postsUrl() || target.startsWith(pagesUnder(postsUrl()))) continue;
      const why = drafts.has(target) ? 'is a draft, which readers cannot open' : 'is no article of this site';
      warnings.push({ file: article.file, line: link.line, column: link.column, rule: 'broken-link', message: `the link to ${link.href} ${why}: check its slug` });
    }
  }
  return warnings;
}

/** The page a link goes to, as a site path (no query or fragment, percent-encoded, with Hugo's trailing slash). */
function targetOf(href: string): string {
  return sitePath(href.replace(/[?#].*$/, ''));
}
