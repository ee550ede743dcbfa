// Related articles: for each article, the few others that share the most with it (its series, categories
// and tags), ranked from the index: for the whole site at once, or one article at a time.
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
  const relatedTo = relatedFinder(articles, limit);
  return new Map(articles.map((article) => [article.slug, relatedTo(article.slug)]));
}

/**
 * The same ranking, one article at a time, each worked out on first asking: what a server needs after a
 * publish, which renders a handful of pages, not every one (scoring all 10,000 articles takes about a second).
 */
export function relatedFinder<T extends Related>(articles: T[], limit = RELATED_LIMIT): (slug: string) => T[] {
  // Articles are numbered in the tie-break's order (newest first, then title, then slug), which does not
  // depend on the article being scored: ranking then compares two numbers. Thousands of articles share a
  // category at 10,000 articles, so scores live in a typed array, not a Map (a Map per article took seconds).
  const byOrder = [...articles].sort((a, b) => b.dateSortKey.localeCompare(a.dateSortKey) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
  const placeOf = new Map(byOrder.map((article, place) => [article.slug, place]));
  const keys = byOrder.map(termKeys);
  // Who has each term (by number), so an article is scored only against those sharing something with it.
  const holders = new Map<string, number[]>();
  keys.forEach((own, place) => {
    for (const key of own.keys()) {
      const list = holders.get(key);
      if (list) list.push(place);
      else holders.set(key, [place]);
    }
  });
  const scores = new Int32Array(byOrder.length);
  const found = new Map<string, T[]>();
  return (slug) => {
    const self = placeOf.get(slug);
    if (self === undefined) return [];
    const known = found.get(slug);
    if (known) return known;
    const touched: number[] = [];
    for (const [key, weight] of keys[self]) {
      for (const other of holders.get(key)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += weight;
      }
    }
    // The best `limit`, kept in order as the scores go by: no sort of every article sharing a term.
    const best: number[] = [];
    const ranksAbove = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
    for (const other of touched) {
      if (best.length === limit && !ranksAbove(other, best[limit - 1])) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(other, best[at - 1])) at--;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    for (const other of touched) scores[other] = 0;
    const related = best.map((place) => byOrder[place]);
    found.set(slug, related);
    return related;
  };
}

/** An article's terms as lookup keys, each with what sharing it is worth. */
function termKeys(article: Related): Map<string, number> {
  const keys = new Map<string, number>();
  for (const taxonomy of Object.keys(RELATED_WEIGHTS) as Taxonomy[]) {
    for (const term of termsOf(article, taxonomy)) keys.set(`${taxonomy}\u0000${term}`, RELATED_WEIGHTS[taxonomy]);
  }
  return keys;
}
