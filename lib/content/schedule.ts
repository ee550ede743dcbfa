// The one rule for whether an article is public at an instant: not a draft, its publication instant reached
// (the later of `date` and `publishDate`), its `expiryDate` not yet reached. The build, the checker, refs,
// the preview and publishing all ask here, so a scheduled article is public everywhere at the same moment.
import type { ArticleSummary } from './article';

export type Publication = 'public' | 'draft' | 'scheduled' | 'expired';

export type Schedule = Pick<ArticleSummary, 'draft' | 'publishAt' | 'expiresAt'>;

export function publicationAt(article: Schedule, now: Date): Publication {
  if (article.draft) return 'draft';
  if (article.publishAt !== null && Date.parse(article.publishAt) > now.getTime()) return 'scheduled';
  if (article.expiresAt !== null && Date.parse(article.expiresAt) <= now.getTime()) return 'expired';
  return 'public';
}

/** The first instant after `now` at which one of these articles goes live or comes down, or null when
 * none will: a timer (or the lead's publish) that runs then finds the site's next change. Drafts never change. */
export function nextScheduledChange(articles: readonly Schedule[], now: Date): Date | null {
  let next: number | null = null;
  for (const article of articles) {
    if (article.draft) continue;
    for (const instant of [article.publishAt, article.expiresAt]) {
      const time = instant === null ? NaN : Date.parse(instant);
      if (time > now.getTime() && (next === null || time < next)) next = time;
    }
  }
  return next === null ? null : new Date(next);
}
