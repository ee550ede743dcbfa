// Ordering of articles and the neighbours shown in post navigation.
import type { ArticleSummary } from './article';

export function sortNewestFirst<T extends Pick<ArticleSummary, 'dateSortKey' | 'title' | 'slug'>>(articles: T[]): T[] {
  return [...articles].sort(
    (a, b) => b.dateSortKey.localeCompare(a.dateSortKey) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  );
}

export interface Neighbours {
  newer: ArticleSummary | null;
  older: ArticleSummary | null;
}

/** The articles just newer and just older than `slug` in a newest-first list. */
export function neighboursOf(newestFirst: ArticleSummary[], slug: string): Neighbours {
  const index = newestFirst.findIndex((article) => article.slug === slug);
  if (index === -1) return { newer: null, older: null };
  return { newer: newestFirst[index - 1] ?? null, older: newestFirst[index + 1] ?? null };
}
