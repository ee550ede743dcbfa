// Guides: articles that share a series (Hugo's taxonomy) read as one multi-page guide, as public health
// sites split a condition into pages. Each guide has its page (/series/<slug of the series>/) and its order.
import type { ArticleSummary } from './article';
import { guideUrl, urlize } from './urls';

export interface Guide {
  /** The series as the newest of its articles writes it. */
  name: string;
  slug: string;
  url: string;
  /** Its pages in reading order (guideOrder). */
  articles: ArticleSummary[];
}

/** Where an article stands in the guide it is shown in: the pages either side of it, when there are. */
export interface GuidePlace {
  guide: Guide;
  /** From 0, into guide.articles. */
  index: number;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

type Ordered = Pick<ArticleSummary, 'seriesOrder' | 'dateSortKey' | 'title' | 'slug'>;

/**
 * Reading order within a guide: pages with a seriesOrder first, lowest first; then pages without one, by
 * date, oldest first (a guide is usually written in the order it is read), undated ones last. Equal
 * orders or dates fall back to title, then slug, so the order never depends on how the files were read.
 */
export function guideOrder(a: Ordered, b: Ordered): number {
  const byOrder = (a.seriesOrder ?? Number.MAX_SAFE_INTEGER) - (b.seriesOrder ?? Number.MAX_SAFE_INTEGER);
  if (byOrder) return byOrder;
  const byDate = Number(!a.dateSortKey) - Number(!b.dateSortKey) || a.dateSortKey.localeCompare(b.dateSortKey);
  return byDate || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/** Guides by slug; series that differ only in case or spacing ("Type 2 diabetes", "type 2 Diabetes ") are one. */
export function groupBySeries(newestFirst: ArticleSummary[]): Map<string, Guide> {
  const guides = new Map<string, Guide>();
  for (const article of newestFirst) {
    for (const name of article.series) {
      const slug = urlize(name);
      if (!slug) continue;
      const guide = guides.get(slug) ?? { name, slug, url: guideUrl(name), articles: [] };
      if (!guide.articles.includes(article)) guide.articles.push(article);
      guides.set(slug, guide);
    }
  }
  for (const guide of guides.values()) guide.articles.sort(guideOrder);
  return guides;
}

/** Every guide, by name. */
export function sortGuides(guides: Iterable<Guide>): Guide[] {
  return [...guides].sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** The guide an article is shown in: the first of its series that names a guide (one guide's navigation
 * per page, even when the article belongs to several). */
export function guidePlace(guides: Map<string, Guide>, article: Pick<ArticleSummary, 'slug' | 'series'>): GuidePlace | null {
  for (const name of article.series) {
    const guide = guides.get(urlize(name));
    const index = guide?.articles.findIndex((page) => page.slug === article.slug) ?? -1;
    if (!guide || index === -1) continue;
    return { guide, index, previous: guide.articles[index - 1] ?? null, next: guide.articles[index + 1] ?? null };
  }
  return null;
}
