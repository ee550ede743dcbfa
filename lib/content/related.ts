// Related articles: for each article, the few others that share the most with it (its series, categories
// and tags), computed once for the whole site from the index.
import type { ArticleSummary } from './article';
import { urlize } from './urls';

/**
 * What one shared term is worth. A shared series counts most (its pages were written to be read together),
 * then a category (the same kind of page: a condition, a symptom), then a tag (a topic in common). One
 * shared series outweighs a shared category and a tag together (5 > 3 + 1); a category outweighs two
 * tags (3 > 1 + 1).
 */
export const RELATED_WEIGHTS = { series: 5, categories: 3, tags: 1 } as const;

/** How many related articles an article shows at most. */
export const RELATED_LIMIT = 3;

type Taxonomy = keyof typeof RELATED_WEIGHTS;
type Related = Pick<ArticleSummary, 'slug' | 'dateSortKey' | 'title' | Taxonomy>;

/** An article's terms of one taxonomy, as slugs (so "Sleep" and "sleep " are one), each once. */
const termsOf = (article: Related, taxonomy: Taxonomy) => new Set(article[taxonomy].map(urlize).filter(Boolean));

/**
 * Each article's related articles by slug: the others sharing at least one term, highest score first
 * (the sum of RELATED_WEIGHTS over shared terms), then newest first, then by title; at most `limit`.
 * Articles sharing nothing are never related, and an article is never related to itself.
 */
export function relatedArticles<T extends Related>(articles: T[], limit = RELATED_LIMIT): Map<string, T[]> {
  // Who has each term, so an article is scored only against those sharing something with it.
  const holders = new Map<string, T[]>();
  for (const article of articles) {
    for (const taxonomy of Object.keys(RELATED_WEIGHTS) as Taxonomy[]) {
      for (const term of termsOf(article, taxonomy)) {
        const key = `${taxonomy}\u0000${term}`;
        const list = holders.get(key);
        if (list) list.push(article);
        else holders.set(key, [article]);
      }
    }
  }
  // The tie-break (newest first, then title, then slug) does not depend on the article being scored: each
  // article's place in it, worked out once, so ranking compares two numbers (thousands of articles share
  // a tag, and comparing their dates and titles as strings for each article took seconds at 5000).
  const order = new Map(
    [...articles]
      .sort((a, b) => b.dateSortKey.localeCompare(a.dateSortKey) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug))
      .map((article, place) => [article, place]),
  );
  const ranksAbove = (a: T, scoreA: number, b: T, scoreB: number) => scoreA > scoreB || (scoreA === scoreB && order.get(a)! < order.get(b)!);
  const related = new Map<string, T[]>();
  for (const article of articles) {
    const scores = new Map<T, number>();
    for (const taxonomy of Object.keys(RELATED_WEIGHTS) as Taxonomy[]) {
      for (const term of termsOf(article, taxonomy)) {
        for (const other of holders.get(`${taxonomy}\u0000${term}`) ?? []) {
          if (other.slug !== article.slug) scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHTS[taxonomy]);
        }
      }
    }
    // The best `limit`, kept in order as the scores go by: no sort of every article sharing a term.
    const best: [T, number][] = [];
    for (const [other, score] of scores) {
      if (best.length === limit && !ranksAbove(other, score, ...best[limit - 1])) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(other, score, ...best[at - 1])) at--;
      best.splice(at, 0, [other, score]);
      if (best.length > limit) best.pop();
    }
    related.set(article.slug, best.map(([other]) => other));
  }
  return related;
}
