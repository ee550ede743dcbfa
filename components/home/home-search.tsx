// The home page's search box, at every width: a plain GET form to /search/?q=…, no JavaScript.
import { searchUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

export function HomeSearch() {
  return (
    <form role="search" aria-label={`Search ${site.name}`} action={searchUrl()} method="get" className="mt-6 flex gap-2">
      <label htmlFor="home-search" className="sr-only">
        Search for a condition, symptom or treatment
      </label>
      <input id="home-search" type="search" name="q" placeholder="Search for a condition, symptom or treatment" enterKeyHint="search" className="min-h-11 min-w-0 flex-1 rounded border border-line bg-page px-3 text-fg" />
      <button type="submit" className="min-h-11 rounded bg-accent px-4 font-semibold text-accent-fg">
        Search
      </button>
    </form>
  );
}
