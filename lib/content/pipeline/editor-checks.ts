// The checker's rules that depend on the day or on the site's settings, so they are worked out on every
// build and check from the index entries (never stored with them): a review that is overdue (a warning),
// and each article's reading figures with the list of those above the site's reading grade target
// (information for editors, never a failure).
import type { IndexedArticle, Readability } from '../article';
import { isReviewOverdue } from '../review';
import type { ContentWarning } from './errors';

/** One file's reading figures. */
export type ReadingFigures = Readability & { file: string };

export function overdueReviewWarnings(articles: Pick<IndexedArticle, 'file' | 'review' | 'reviewLine'>[], today: string): ContentWarning[] {
  return articles
    .filter((article) => isReviewOverdue(article.review, today))
    .map((article) => ({
      file: article.file,
      line: article.reviewLine,
      column: 1,
      rule: 'review-overdue',
      message: `the next review was due on ${article.review.nextReview}: review the page, then set lastReviewed to the day and nextReview (or reviewInterval) again`,
    }));
}

export function readingFigures(articles: Pick<IndexedArticle, 'file' | 'readability'>[]): ReadingFigures[] {
  return articles.flatMap(({ file, readability }) => (readability ? [{ file, ...readability }] : [])).sort((a, b) => a.file.localeCompare(b.file));
}

export function aboveReadingTarget(figures: ReadingFigures[], target: number): ReadingFigures[] {
  return figures.filter((figure) => figure.grade > target);
}

/** `file:1:1: info: …` for one file above the target, in the checker's line format. */
export function formatReadingInfo(figure: ReadingFigures, target: number): string {
  return `${figure.file}:1:1: info: ${readingMessage(figure, target)} [readability]`;
}

export function readingMessage({ grade, wordsPerSentence }: Readability, target: number): string {
  const verdict = grade > target ? `above the site's target of ${target}: shorter sentences and everyday words help` : `within the site's target of ${target}`;
  return `reading grade ${grade.toFixed(1)} (Flesch–Kincaid), ${wordsPerSentence.toFixed(1)} words a sentence: ${verdict}`;
}
