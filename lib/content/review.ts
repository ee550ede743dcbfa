// When an article's medical review is due: shared by the checker (a warning) and the page (a notice).
import type { ArticleReview } from './article';

/** Today's date where this runs, `YYYY-MM-DD`, as dates in front matter are written. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Whether the next review date has passed (the day itself is not overdue yet). */
export function isReviewOverdue(review: Pick<ArticleReview, 'nextReview'>, day: string): boolean {
  return review.nextReview !== null && review.nextReview < day;
}
