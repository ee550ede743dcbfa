// Which pages a content change touches. An article's own page shows everything about it; lists, tag
// pages and its neighbours' post navigation show only what `listed` picks. When the set of pages itself
// changes (an article or tag added, removed or renamed, a list gaining a page), only a full build will do.
import type { IndexedArticle } from '../../lib/content/article';
import { neighboursOf } from '../../lib/content/navigation';
import { sitePages } from '../../lib/routes';

export type PagePlan = { kind: 'full'; reason: string } | { kind: 'pages'; urls: string[] };

// What a post card, a tag page and post navigation show of an article, and what orders the lists.
const listed = (article: IndexedArticle) =>
  JSON.stringify([article.url, article.title, article.date, article.dateSortKey, article.summary, article.readingMinutes, article.tags, article.flags.hideSummary]);

export function planPages(previous: IndexedArticle[], current: IndexedArticle[]): PagePlan {
  const before = sitePages(previous);
  const after = sitePages(current);
  const allPages = (pages: typeof before) => JSON.stringify([...pages.articles, ...pages.lists].sort());
  if (allPages(before) !== allPages(after)) return { kind: 'full', reason: 'articles, tags or list pages were added or removed' };

  const previousBySlug = new Map(previous.map((article) => [article.slug, article]));
  const urls = new Set<string>();
  let listsChanged = false;
  for (const article of current) {
    const old = previousBySlug.get(article.slug);
    if (!old) return { kind: 'full', reason: `${article.url} is new` };
    if (JSON.stringify(old) === JSON.stringify(article)) continue;
    urls.add(article.url);
    if (listed(old) === listed(article)) continue;
    listsChanged = true;
    for (const { newer, older } of [neighboursOf(previous, article.slug), neighboursOf(current, article.slug)]) {
      if (newer) urls.add(newer.url);
      if (older) urls.add(older.url);
    }
  }
  if (listsChanged) for (const url of after.lists) urls.add(url);
  return { kind: 'pages', urls: [...urls].sort() };
}
