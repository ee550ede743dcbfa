// Splitting a newest-first list into numbered pages, as Hugo paginates. A page's URL comes from pageUrl
// in lib/content/urls.ts.

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  totalPages: number;
}

/** The requested page, or null when it does not exist (page 1 always exists, even for an empty list). */
export function paginate<T>(items: T[], number: number, size: number): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(number) || number < 1 || number > totalPages) return null;
  return { items: items.slice((number - 1) * size, number * size), number, totalPages };
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
