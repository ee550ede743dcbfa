// Tags: each article's tags grouped into terms, each with its page's URL (/tags/<slug of the term>/).
import type { ArticleSummary } from './article';
import { termUrl, urlize } from './urls';

export interface Term {
  name: string;
  slug: string;
  url: string;
  /** Newest first, as the articles were given. */
  articles: ArticleSummary[];
}

/** Terms by slug; tags that differ only in case or spacing ("Sleep", "sleep ") are one term. */
export function groupByTag(newestFirst: ArticleSummary[]): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const article of newestFirst) {
    for (const name of new Set(article.tags)) {
      const slug = urlize(name);
      if (!slug) continue;
      const term = terms.get(slug) ?? { name, slug, url: termUrl(name), articles: [] };
      if (!term.articles.includes(article)) term.articles.push(article);
      terms.set(slug, term);
    }
  }
  return terms;
}
