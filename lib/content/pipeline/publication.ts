// Whether an article is public on a given day: Hugo's draft, publishDate and expiryDate. An article
// before its publish date or from its expiry date on is left out like a draft (no page, not listed).
import type { ArticleSummary } from '../article';

export type Publication = 'public' | 'draft' | 'scheduled' | 'expired';

/** Dates are `YYYY-MM-DD`, so comparing the text compares the days. Hugo reads a bare date as that
 * day's midnight: an article is public from its publish date, and gone on its expiry date. */
export function publicationOf(article: Pick<ArticleSummary, 'draft' | 'publishDate' | 'expiryDate'>, today: string): Publication {
  if (article.draft) return 'draft';
  if (article.publishDate && article.publishDate > today) return 'scheduled';
  if (article.expiryDate && article.expiryDate <= today) return 'expired';
  return 'public';
}

/** Today's date where the build runs, `YYYY-MM-DD`, as dates in front matter are written. */
export { today } from '../review';
