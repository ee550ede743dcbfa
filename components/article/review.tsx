// An article's medical review, as readers see it: who reviewed it (under the title), when it was last
// reviewed and when the next review is due (at its end), and a notice when that date has passed (when the
// site's settings ask for one). Dates as the meta line shows them.
import { Fragment } from 'react';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { ArticleReview, Reviewer } from '@/lib/content/article';
import { isReviewOverdue, today } from '@/lib/content/review';
import { site } from '@/lib/site';

/** "Medically reviewed by Dr A, MB ChB and Dr B, PhD": each name linked to its profile when there is one. */
export function ReviewedBy({ reviewers }: { reviewers: Reviewer[] }) {
  if (reviewers.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-muted">
      Medically reviewed by{' '}
      {reviewers.map((reviewer, i) => (
        <Fragment key={`${reviewer.name}-${i}`}>
          {i > 0 && (i === reviewers.length - 1 ? ' and ' : ', ')}
          {reviewer.url ? (
            <a href={reviewer.url} className="text-accent underline underline-offset-4">
              {reviewer.name}
            </a>
          ) : (
            reviewer.name
          )}
          {reviewer.credentials && `, ${reviewer.credentials}`}
        </Fragment>
      ))}
    </p>
  );
}

/** "Page last reviewed: <date>" and "Next review due: <date>", each when known. */
export function ReviewDates({ review }: { review: ArticleReview }) {
  if (!review.lastReviewed && !review.nextReview) return null;
  return (
    <dl className="mt-10 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm text-muted">
      {review.lastReviewed && (
        <>
          <dt>Page last reviewed:</dt>
          <dd>
            <FormattedDate date={review.lastReviewed} />
          </dd>
        </>
      )}
      {review.nextReview && (
        <>
          <dt>Next review due:</dt>
          <dd>
            <FormattedDate date={review.nextReview} />
          </dd>
        </>
      )}
    </dl>
  );
}

/** Shown on the day of the build when the next review date has passed, if the site's settings say so. */
export function OverdueReviewNotice({ review, day = today(), enabled = site.showOverdueReviewNotice }: { review: ArticleReview; day?: string; enabled?: boolean }) {
  if (!enabled || !isReviewOverdue(review, day)) return null;
  return (
    <p role="note" className="mt-4 rounded-lg border-l-4 border-focus bg-surface px-4 py-2 text-sm">
      This page is due for review. The information may be out of date: check with a health professional.
    </p>
  );
}
