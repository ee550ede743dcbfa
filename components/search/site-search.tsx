'use client';
// The search page's form and results: searches as the reader types (debounced), keeps the query in the
// address (`?q=`, which also opens the page with results), announces the count in a live region, and lists
// the results as links with their date and an excerpt, matches highlighted; with none, suggestions.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedDate } from '@/components/ui/formatted-date';
import { excerptParts, type ExcerptPart } from './excerpt';
import { NoResults, type SearchSuggestions } from './no-results';
import { loadPagefind, type PagefindResult, type PagefindResultData } from './pagefind';
import { relaxedQueries } from './relaxed-queries';

const PAGE_SIZE = 10;
const WAIT_MS = 250;
/** Titles offered when a search finds nothing. */
const CLOSEST = 5;

interface Hit {
  url: string;
  title: string;
  date: string | null;
  excerpt: ExcerptPart[];
}

type SearchState =
  | { status: 'idle' }
  | { status: 'error' }
  | { status: 'ready'; term: string; results: PagefindResult[]; hits: Hit[]; closest: Hit[] };

const toHit = (data: PagefindResultData): Hit => ({
  url: data.url,
  title: data.meta.title ?? data.url,
  date: /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date ?? '') ? (data.meta.date as string) : null,
  excerpt: excerptParts(data.excerpt),
});

async function hitsOf(results: PagefindResult[]): Promise<Hit[]> {
  return (await Promise.all(results.map((result) => result.data()))).map(toHit);
}

/** The articles the first parts of the words typed find, for a search that found none: for each word,
 * those of its longest stem that finds any. */
async function closestHits(pagefind: Awaited<ReturnType<typeof loadPagefind>>, term: string): Promise<Hit[]> {
  const found = new Map<string, PagefindResult>();
  for (const stems of relaxedQueries(term)) {
    for (const stem of stems) {
      const { results } = await pagefind.search(stem);
      for (const result of results) if (found.size < CLOSEST && !found.has(result.id)) found.set(result.id, result);
      if (results.length > 0) break;
    }
    if (found.size >= CLOSEST) break;
  }
  return hitsOf([...found.values()]);
}

export function SiteSearch({ suggestions }: { suggestions: SearchSuggestions }) {
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const [state, setState] = useState<SearchState>({ status: 'idle' });

  async function search(term: string, debounce: boolean) {
    const query = term.trim();
    const run = ++latest.current;
    // The address holds the query, so the page can be shared, reloaded or returned to with its results.
    history.replaceState(history.state, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) return setState({ status: 'idle' });
    try {
      const pagefind = await loadPagefind();
      const found = debounce ? await pagefind.debouncedSearch(query, {}, WAIT_MS) : await pagefind.search(query);
      if (!found || run !== latest.current) return;
      const hits = await hitsOf(found.results.slice(0, PAGE_SIZE));
      const closest = found.results.length === 0 ? await closestHits(pagefind, query) : [];
      if (run === latest.current) setState({ status: 'ready', term: query, results: found.results, hits, closest });
    } catch (error) {
      console.error(error);
      if (run === latest.current) setState({ status: 'error' });
    }
  }

  async function showMore() {
    if (state.status !== 'ready') return;
    const more = await hitsOf(state.results.slice(state.hits.length, state.hits.length + PAGE_SIZE));
    setState({ ...state, hits: [...state.hits, ...more] });
  }

  // Once, on load: `?q=` opens the page with results (read here, so that the page itself stays static);
  // words typed before the page was ready are searched too.
  useEffect(() => {
    if (!input.current) return;
    const query = input.current.value || (new URLSearchParams(location.search).get('q') ?? '');
    if (!query) return;
    input.current.value = query;
    void search(query, false);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void search(input.current?.value ?? '', false);
  }

  return (
    <>
      <form role="search" aria-label="Articles" action="/search/" method="get" onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="search-query" className="font-medium">
            Search articles
          </label>
          <input
            ref={input}
            id="search-query"
            type="search"
            name="q"
            autoComplete="off"
            enterKeyHint="search"
            onInput={(event) => void search(event.currentTarget.value, true)}
            className="min-h-11 w-full rounded border border-line bg-page px-3 text-fg"
          />
        </div>
        <button type="submit" className="min-h-11 rounded bg-accent px-4 font-medium text-accent-fg">
          Search
        </button>
      </form>
      <p role="status" className="mt-4 min-h-6 text-muted">
        {statusText(state)}
      </p>
      {state.status === 'ready' && state.results.length === 0 && <NoResults closest={state.closest} suggestions={suggestions} />}
      {state.status === 'ready' && state.hits.length > 0 && (
        <>
          <ul role="list" aria-label={`Results for “${state.term}”`} className="mt-4 flex flex-col gap-6">
            {state.hits.map((hit) => (
              <li key={hit.url}>
                <h2 className="text-xl font-semibold">
                  <a href={hit.url} className="text-accent underline-offset-4 hover:underline">
                    {hit.title}
                  </a>
                </h2>
                {hit.date && (
                  <p className="text-sm text-muted">
                    <FormattedDate date={hit.date} />
                  </p>
                )}
                <p className="mt-1">
                  {hit.excerpt.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
                </p>
              </li>
            ))}
          </ul>
          {state.hits.length < state.results.length && (
            <button type="button" onClick={() => void showMore()} className="mt-6 min-h-11 rounded border border-line px-4">
              Show more results
            </button>
          )}
        </>
      )}
    </>
  );
}

function statusText(state: SearchState): string {
  if (state.status === 'idle') return '';
  if (state.status === 'error') return 'Search could not load. Check your connection and try again.';
  const count = state.results.length;
  return `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'} for “${state.term}”`;
}
