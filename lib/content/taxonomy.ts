// Taxonomies (Hugo's tags and categories): each article's terms grouped, each term with its page's URL
// (/tags/<slug of the term>/, /categories/<slug of the term>/).
import type { ArticleSummary } from './article';
import { categoryUrlFromSlug, termUrlFromSlug, urlize } from './urls';

export interface Term {
  name: string;
  slug: string;
  url: string;
  /** Newest first, as the articles were given. */
  articles: ArticleSummary[];
}

/** A way of sorting articles into terms: the summary field that holds them and where a term's page lives. */
export interface Taxonomy {
  field: 'tags' | 'categories';
  urlFromSlug: (slug: string) => string;
}

export const TAGS: Taxonomy = { field: 'tags', urlFromSlug: termUrlFromSlug };
export const CATEGORIES: Taxonomy = { field: 'categories', urlFromSlug: categoryUrlFromSlug };

/** Terms by slug; terms that differ only in case or spacing ("Sleep", "sleep ") are one term, named as
 * the newest article writes it. */
export function groupByTerm(newestFirst: ArticleSummary[], taxonomy: Taxonomy): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const article of newestFirst) {
    for (const name of new Set(article[taxonomy.field])) {
      const slug = urlize(name);
      if (!slug) continue;
      const term = terms.get(slug) ?? { name, slug, url: taxonomy.urlFromSlug(slug), articles: [] };
      if (!term.articles.includes(article)) term.articles.push(article);
      terms.set(slug, term);
    }
  }
  return terms;
}

export function groupByTag(newestFirst: ArticleSummary[]): Map<string, Term> {
  return groupByTerm(newestFirst, TAGS);
}

export function groupByCategory(newestFirst: ArticleSummary[]): Map<string, Term> {
  return groupByTerm(newestFirst, CATEGORIES);
}

/** Most used first, then by name. */
export function byUse(terms: Iterable<Term>): Term[] {
  return [...terms].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}
