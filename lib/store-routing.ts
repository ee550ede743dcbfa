// How the URLs that content decides are routed, as the content store the server serves says: which pages
// the routes with a slug serve, which old URLs redirect (Hugo's `aliases`, and an article's route when its
// front matter chose another `url`), and which chosen URLs are served by an article's route. proxy.ts asks
// before Next routes a request, so `npm run publish` changes all three with no build (Next's "redirects at
// scale": looked up per request, not fixed in next.config.js at build time).
// An unknown slug never reaches a render: Next stores whatever an on-demand render returns, a notFound()
// 404 included, under its own URL on disk and in memory (vercel/next.js#73101, #96581), so requests for
// random slugs would grow both without bound.
import type { IndexedArticle } from './content/article';
import { storeDir } from './content/paths';
import { fileVersion, indexPath, readStoreIndexIfAny } from './content/store';
import { slugRouteUrls } from './prerender';
import { siteParams } from './routes';

export interface StoreRouting {
  /** Every page the routes with a slug serve, canonical paths. */
  slugPages: Set<string>;
  /** Old URL (canonical, with and without its trailing slash) -> the article's URL. */
  redirects: Map<string, string>;
  /** An article's chosen URL (canonical) -> the route that renders it (/posts/<slug>/). */
  rewrites: Map<string, string>;
}

/** The routing of a set of public articles. The pipeline has already refused aliases and URLs that clash
 * with a page or with each other. */
export function storeRouting(articles: IndexedArticle[]): StoreRouting {
  const redirects = new Map<string, string>();
  const rewrites = new Map<string, string>();
  for (const { url, routeUrl = url, aliases = [] } of articles) {
    for (const source of [...aliases, ...(routeUrl !== url ? [routeUrl] : [])]) {
      for (const form of withAndWithoutSlash(canonicalPath(source))) redirects.set(form, url);
    }
    if (routeUrl !== url) rewrites.set(canonicalPath(url), routeUrl);
  }
  return { slugPages: new Set(slugRouteUrls(siteParams(articles)).map(canonicalPath)), redirects, rewrites };
}

const withAndWithoutSlash = (pathname: string) => (pathname.endsWith('/') && pathname !== '/' ? [pathname, pathname.slice(0, -1)] : [pathname]);

let live: { version: string; routing: StoreRouting | null } | null = null;

/** The routing of the live store; null when there is no content store yet. Worked out again only when
 * `npm run build` or `npm run publish` swapped in a new index. */
function liveRouting(): StoreRouting | null {
  const version = fileVersion(indexPath(storeDir));
  if (live?.version !== version) {
    const index = readStoreIndexIfAny(storeDir);
    live = { version, routing: index && storeRouting(index.articles) };
  }
  return live.routing;
}

/** The path as the site writes it: each segment percent-encoded as lib/content/urls.ts encodes slugs. */
export function canonicalPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment));
      } catch {
        return segment;
      }
    })
    .join('/');
}

export interface StoreRoute {
  /** Where an old URL now lives, or null when it is not one. */
  movedTo: string | null;
  /** The route that renders an article's chosen URL, or null when the path is not one. */
  servedBy: string | null;
  /** Whether a route with a slug has a page at this path (true without a store, which leaves the answer to
   * the page). */
  known: boolean;
}

/** What the live store says of a path: one look at the index's version and one canonical form per request. */
export function storeRoute(pathname: string): StoreRoute {
  const routing = liveRouting();
  if (!routing) return { movedTo: null, servedBy: null, known: true };
  const path = canonicalPath(pathname);
  return { movedTo: routing.redirects.get(path) ?? null, servedBy: routing.rewrites.get(path) ?? null, known: routing.slugPages.has(path) };
}
