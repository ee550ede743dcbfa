// Pagefind's browser API, as much of it as the search page uses. Its script comes from the content store
// (app/pagefind/) when a reader first searches: never bundled, and nothing loads before that. The index
// itself comes in chunks, as the words typed need them.

export interface PagefindResultData {
  url: string;
  /** Text around the match, the article's own `<` and `>` escaped, matches in <mark> (components/search/excerpt.ts). */
  excerpt: string;
  meta: { title?: string; date?: string };
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
  /** Null when a later call superseded this one within the wait. */
  debouncedSearch(term: string, options?: object, waitMs?: number): Promise<PagefindSearch | null>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
}

// A variable, so that neither TypeScript nor the bundler looks for the file: it exists only at run time.
const PAGEFIND_SCRIPT: string = '/pagefind/pagefind.js';
// A large site's index comes in parts (lib/content/pipeline/search-index.ts): the others are merged into the first.
const PARTS = '/pagefind/parts.json';
let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ PAGEFIND_SCRIPT) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ baseUrl: '/', excerptLength: 24 });
    const parts = (await fetch(PARTS).then((response) => (response.ok ? response.json() : []))) as string[];
    for (const part of parts) await pagefind.mergeIndex(`/pagefind/${part}/`, { baseUrl: '/' });
    return pagefind;
  });
  // A failed load (offline, say) is tried again on the next search.
  loading.catch(() => (loading = null));
  return loading;
}
