// The archive (PaperMod's archives page): every article under its year and month, newest first. /archives/
// lists the years with their counts; each year is a page of its own (/archives/2024/, /archives/undated/).
import type { ArticleSummary } from './article';

export interface ArchiveMonth {
  /** 1–12; null for the articles without a date. */
  month: number | null;
  /** As given: newest first. */
  articles: ArticleSummary[];
}

export interface ArchiveYear {
  /** null for the articles without a date, which come last. */
  year: number | null;
  /** How many articles the year holds, across its months. */
  count: number;
  /** Newest first. */
  months: ArchiveMonth[];
}

/** `YYYY-MM` as numbers, or null for an article without a date. */
function yearMonth(date: string | null): [number, number] | null {
  const match = date && /^(\d{4})-(\d{2})/.exec(date);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Newest year first, newest month first within it; articles keep the order they were given in. */
export function groupByMonth(newestFirst: ArticleSummary[]): ArchiveYear[] {
  const years = new Map<number | null, Map<number | null, ArticleSummary[]>>();
  for (const article of newestFirst) {
    const [year, month] = yearMonth(article.date) ?? [null, null];
    const months = years.get(year) ?? new Map<number | null, ArticleSummary[]>();
    const articles = months.get(month) ?? [];
    articles.push(article);
    months.set(month, articles);
    years.set(year, months);
  }
  const newestFirstKeys = <K extends number | null>(keys: Iterable<K>) => [...keys].sort((a, b) => (b ?? -Infinity) - (a ?? -Infinity));
  return newestFirstKeys(years.keys()).map((year) => {
    const months = years.get(year) ?? new Map<number | null, ArticleSummary[]>();
    const grouped = newestFirstKeys(months.keys()).map((month) => ({ month, articles: months.get(month) ?? [] }));
    return { year, count: grouped.reduce((sum, { articles }) => sum + articles.length, 0), months: grouped };
  });
}

const UNDATED = 'undated';

/** The year's part of its page's URL: the year, or `undated`. */
export function archiveYearSlug(year: number | null): string {
  return year === null ? UNDATED : String(year);
}

/** The year whose page has this slug, or null. */
export function findArchiveYear(years: ArchiveYear[], slug: string): ArchiveYear | null {
  return years.find((year) => archiveYearSlug(year.year) === slug) ?? null;
}
