// Which pages a content change touches: every page whose content would differ, and every page that is
// gone. An article's own page shows everything about it and, in its post navigation, what `listed` picks
// of its neighbours; a list page shows what `listed` picks of the articles on it (and how many pages its
// list has); the tag index shows every term with its count. Pages that come or go (an article or tag added,
// removed or renamed, a list gaining a page) need no build: the routes with a slug render a new page on its
// first request, and proxy.ts answers 404 for one the live store no longer has (lib/store-routing.ts), as it
// follows changed aliases. Which articles each list page shows comes from lib/routes.ts's listPages; a page
// that starts showing something new of an article must add it to `listed`. Feeds and the sitemap are
// rendered per request from the store.
// Site pages (content/pages) stand alone, but the footer of every page links to each by its title, and
// their route is static: one that comes, goes or is retitled needs a full build.
import type { ArticleSummary, IndexedArticle } from '../../lib/content/article';
import { groupBySeries, guidePlace } from '../../lib/content/guides';
import { relatedFinder } from '../../lib/content/related';
import { urlize } from '../../lib/content/urls';
import { listPages } from '../../lib/routes';

/** `urls`: pages to render again (each answers 200 after); `gone`: pages that no longer exist, whose stored
 * copy is dropped. */
export type PagePlan = { kind: 'full'; reason: string } | { kind: 'pages'; urls: string[]; gone: string[] };

// What a post card, a tag page, post navigation, a guide and related articles show of an article, and
// what orders the lists and picks the related articles.
const listed = (article: ArticleSummary | null) =>
  article && [article.url, article.title, article.date, article.dateSortKey, article.summary, article.readingMinutes, article.tags, article.flags.hideSummary, article.categories, article.series, article.seriesOrder, article.cover, article.thumbnail];

export function planPages(previous: IndexedArticle[], current: IndexedArticle[]): PagePlan {
  const previousBySlug = new Map(previous.map((article) => [article.slug, article]));
  const currentBySlug = new Map(current.map((article) => [article.slug, article]));
  const urls = new Set<string>();
  const gone = new Set<string>();
  let listsMayDiffer = false;
  // Articles that came, went, moved or changed what lists show of them: only those sharing a term with one
  // can show something new among their related articles or guide pages.
  const touched = new Set<string>();
  for (const old of previous) {
    const now = currentBySlug.get(old.slug);
    if (now && now.url === old.url) continue;
    gone.add(old.url);
    touched.add(old.slug);
    listsMayDiffer = true;
  }
  for (const article of current) {
    const old = previousBySlug.get(article.slug);
    if (!old || old.url !== article.url) {
      urls.add(article.url);
      touched.add(article.slug);
      listsMayDiffer = true;
      continue;
    }
    // The same file read by the same pipeline gives the same entry.
    if (old.sourceKey === article.sourceKey || JSON.stringify(old) === JSON.stringify(article)) continue;
    urls.add(article.url);
    if (JSON.stringify(listed(old)) !== JSON.stringify(listed(article))) {
      listsMayDiffer = true;
      touched.add(article.slug);
    }
    // The health A–Z lists synonyms too (and only it does, so post navigation needs no check for them).
    if (JSON.stringify(old.synonyms) !== JSON.stringify(article.synonyms)) listsMayDiffer = true;
  }
  if (listsMayDiffer) {
    // Post navigation and lists show only what `listed` picks, and their order follows from it too.
    const navBefore = postNavs(previous);
    for (const [slug, nav] of postNavs(current)) if (navBefore.get(slug) !== nav) urls.add(currentBySlug.get(slug)?.url ?? slug);
    const near = sharingATerm([...previous, ...current], touched);
    const shownBefore = othersShown(previous, near);
    for (const [slug, shown] of othersShown(current, near)) if (shownBefore.get(slug) !== shown) urls.add(currentBySlug.get(slug)?.url ?? slug);
    const listsBefore = listPageContents(previous);
    const listsAfter = listPageContents(current);
    for (const [url, shown] of listsAfter) if (listsBefore.get(url) !== shown) urls.add(url);
    for (const url of listsBefore.keys()) if (!listsAfter.has(url)) gone.add(url);
  }
  for (const url of urls) gone.delete(url);
  return { kind: 'pages', urls: [...urls].sort(), gone: [...gone].sort() };
}

/** What each article's post navigation shows (its newer and older neighbours), by slug. */
function postNavs(newestFirst: ArticleSummary[]): Map<string, string> {
  return new Map(newestFirst.map((article, i) => [article.slug, JSON.stringify([listed(newestFirst[i - 1] ?? null), listed(newestFirst[i + 1] ?? null)])]));
}

/** What the page of each article among `slugs` shows of other articles besides post navigation (its guide's
 * pages, its related articles), by slug. */
function othersShown(articles: ArticleSummary[], slugs: Set<string>): Map<string, string> {
  const guides = groupBySeries(articles);
  const relatedTo = relatedFinder(articles);
  return new Map(
    articles
      .filter((article) => slugs.has(article.slug))
      .map((article) => {
        const place = guidePlace(guides, article);
        return [article.slug, JSON.stringify([place?.guide.name ?? '', place?.guide.articles.map(listed) ?? [], relatedTo(article.slug).map(listed)])];
      }),
  );
}

/** The slugs of `touched` and of every article sharing a tag, category or series with one of them, in any of
 * `articles` (both versions of the site). Related articles and guides are picked only among those sharing a
 * term, in an order the others keep, so no other article's page can show something new. */
function sharingATerm(articles: ArticleSummary[], touched: Set<string>): Set<string> {
  const termsOf = (article: ArticleSummary) => [...article.tags.map((tag) => `t:${urlize(tag)}`), ...article.categories.map((category) => `c:${urlize(category)}`), ...article.series.map((series) => `s:${urlize(series)}`)];
  const terms = new Set(articles.filter((article) => touched.has(article.slug)).flatMap(termsOf));
  const near = new Set(touched);
  for (const article of articles) if (termsOf(article).some((term) => terms.has(term))) near.add(article.slug);
  return near;
}

/** Every list page's URL with what it shows, as text to compare. */
export function listPageContents(articles: ArticleSummary[]): Map<string, string> {
  return new Map(
    listPages(articles).map((page) => [
      page.url,
      JSON.stringify(
        page.groups
          ? page.groups
          : page.terms
            ? page.terms.map((term) => [term.name, term.url, term.articles.length]).sort()
            : [page.term?.name ?? page.guide?.name ?? '', page.guides?.map((guide) => guide.name) ?? [], page.totalPages, page.articles.map(listed)],
      ),
    ]),
  );
}

/** Which site pages a change touches: only the changed ones, unless pages come, go, or change their title or
 * order, which the footer of every page shows. */
export function planSitePages(previous: IndexedArticle[], current: IndexedArticle[]): PagePlan {
  const footer = (pages: IndexedArticle[]) => JSON.stringify(pages.map((page) => [page.url, page.title]));
  if (footer(previous) !== footer(current)) return { kind: 'full', reason: 'site pages were added, removed, renamed or retitled (the footer of every page links to them)' };
  const before = new Map(previous.map((page) => [page.url, page]));
  const changed = current.filter((page) => {
    const old = before.get(page.url);
    return !old || (old.sourceKey !== page.sourceKey && JSON.stringify(old) !== JSON.stringify(page));
  });
  return { kind: 'pages', urls: changed.map((page) => page.url).sort(), gone: [] };
}

/** Both plans at once: a full build when either needs one, else every page either names. */
export function mergePlans(...plans: PagePlan[]): PagePlan {
  const full = plans.find((plan) => plan.kind === 'full');
  if (full) return full;
  const all = (pick: (plan: Extract<PagePlan, { kind: 'pages' }>) => string[]) => [...new Set(plans.flatMap((plan) => (plan.kind === 'pages' ? pick(plan) : [])))].sort();
  return { kind: 'pages', urls: all((plan) => plan.urls), gone: all((plan) => plan.gone) };
}
