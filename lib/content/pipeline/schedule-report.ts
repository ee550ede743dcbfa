// What is scheduled and what expires, as the checker, the build and publish print it: one line an article,
// soonest first, each instant in the site's time zone, so an editor sees when each goes up or comes down.
import { formatInstant } from '../instants';
import type { IndexedArticle } from '../article';
import { publicationAt, type Publication } from '../schedule';

/** An article whose dates take it up or down, and the instant (ISO 8601, UTC) that does. */
export interface DatedArticle {
  file: string;
  at: string;
}

export interface ScheduleFigures {
  scheduled: DatedArticle[];
  expiring: DatedArticle[];
  expired: DatedArticle[];
}

export function scheduleLines({ scheduled, expiring, expired }: ScheduleFigures, timeZone: string): string[] {
  const shown = (at: string) => formatInstant(at, timeZone);
  return [
    ...scheduled.map(({ file, at }) => `${file}: scheduled: goes live at ${shown(at)}`),
    ...expiring.map(({ file, at }) => `${file}: expires: comes down at ${shown(at)}`),
    ...expired.map(({ file, at }) => `${file}: expired: down since ${shown(at)}`),
  ];
}

/** The schedule of these articles at `now`, as buildContent reports it for the whole site. */
export function scheduleOfChecked(articles: readonly Pick<IndexedArticle, 'file' | 'draft' | 'publishAt' | 'expiresAt'>[], now: Date): ScheduleFigures {
  const dated = (kind: Publication, at: (article: Pick<IndexedArticle, 'publishAt' | 'expiresAt'>) => string | null): DatedArticle[] =>
    articles.flatMap((article) => {
      const instant = at(article);
      return publicationAt(article, now) === kind && instant !== null ? [{ file: article.file, at: instant }] : [];
    }).sort((a, b) => a.at.localeCompare(b.at) || a.file.localeCompare(b.file));
  return { scheduled: dated('scheduled', (article) => article.publishAt), expiring: dated('public', (article) => article.expiresAt), expired: dated('expired', (article) => article.expiresAt) };
}
