// Whether a URL of a route rendered on first request (lib/prerender.ts) names a page that exists, as the
// content store the server serves says. proxy.ts asks before Next routes the request, so an unknown slug
// never reaches a render: Next stores whatever an on-demand render returns, a notFound() 404 included,
// under its own URL on disk and in memory (vercel/next.js#73101, #96581), so requests for random slugs
// would grow both without bound.
import { storeDir } from './content/paths';
import { fileVersion, indexPath, readStoreIndexIfAny } from './content/store';
import { onDemandUrls } from './prerender';
import { siteParams } from './routes';

let known: { version: string; urls: Set<string> | null } | null = null;

/** The pages the on-demand routes serve now; null when there is no content store yet. Read again only
 * when `npm run build` or `npm run publish` swapped in a new index. */
function knownUrls(): Set<string> | null {
  const version = fileVersion(indexPath(storeDir));
  if (known?.version !== version) {
    const index = readStoreIndexIfAny(storeDir);
    known = { version, urls: index && new Set(onDemandUrls(siteParams(index.articles))) };
  }
  return known.urls;
}

/** The path as the site writes it: each segment percent-encoded as lib/content/urls.ts encodes slugs. */
export function canonicalPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
    .join('/');
}

/** Whether an on-demand route has a page at this path (its canonical form); true without a store, which
 * leaves the answer to the page. */
export function isKnownOnDemandPage(pathname: string): boolean {
  const urls = knownUrls();
  return !urls || urls.has(canonicalPath(pathname));
}
