// Runs before Next routes a request. Turns away, with a 4xx, requests no page could answer: methods the
// site does not serve, URLs whose percent-encoding is broken (Next would fail decoding them with a 500),
// and Range headers that are not byte ranges (its static file server would fail on them too). Then the
// URLs content decides, from the live content store (lib/store-routing.ts): an old URL redirects (308) to
// its article, with or without its slash, in one hop. Then gives page URLs Hugo's trailing slash (308), as
// Next's trailingSlash would. Then serves an article's chosen URL by its route, and answers 404 for a URL
// of a route with a slug (an article, a term, a list page) that names no page, before Next renders it:
// Next would keep each such 404 (lib/store-routing.ts says why).
// Nothing here guards content: drafts are kept out by the build, and preview checks Draft Mode itself.
import { NextResponse, type NextRequest } from 'next/server';
import { methodResponse } from './lib/http-rules';
import { isSlugRoutePath } from './lib/prerender';
import { storeRoute } from './lib/store-routing';
import { withHugoSlash } from './lib/trailing-slash';

const BYTE_RANGES = /^bytes=\s*(\d*-\d*)(\s*,\s*\d*-\d*){0,15}\s*$/;
// Matches no route, so Next answers it as any unmatched URL: app/not-found.tsx, prerendered once, with a 404.
const NO_SUCH_PAGE = '/404/no-such-page/';
// Next 16.4 runs the proxy again for the destination of its own rewrite. An article's route redirects to the
// URL the article chose, which rewrites to the route: this header, set on the rewrite, stops that loop. A
// reader who sends it gets the article at its route, whose canonical link names the chosen URL.
const REWRITTEN_TO = 'x-pulse-rewritten-to';

export function proxy(request: NextRequest): NextResponse {
  const refused = methodResponse(request.method, request.nextUrl.pathname);
  if (refused) return refused;
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the URL is not valid\n', { status: 400 });
  }
  const range = request.headers.get('range');
  if (range !== null && !BYTE_RANGES.test(range)) {
    return new NextResponse('Range not satisfiable\n', { status: 416, headers: { 'Content-Range': 'bytes */*' } });
  }
  if (range !== null && request.nextUrl.pathname.startsWith('/_next/static/')) {
    // Scripts and style sheets are small and fetched whole; Next's file server fails (500) on a range past
    // the end of one, so a range there is dropped and the whole file served, as HTTP allows.
    const headers = new Headers(request.headers);
    headers.delete('range');
    return NextResponse.next({ request: { headers } });
  }
  const { pathname, search } = request.nextUrl;
  // Next's own files: no content decides their URLs.
  if (pathname.startsWith('/_next/')) return NextResponse.next();
  const { movedTo, servedBy, known } = storeRoute(pathname);
  const moved = request.headers.get(REWRITTEN_TO) === pathname ? null : movedTo;
  // A plain URL: a NextURL would be written back in its own trailing-slash form.
  if (moved) return NextResponse.redirect(new URL(`${moved}${search}`, request.url), 308);
  const slashed = withHugoSlash(pathname);
  if (slashed !== pathname) return NextResponse.redirect(new URL(`${slashed}${search}`, request.url), 308);
  if (servedBy) {
    const headers = new Headers(request.headers);
    headers.set(REWRITTEN_TO, servedBy);
    return NextResponse.rewrite(new URL(`${servedBy}${search}`, request.url), { request: { headers } });
  }
  if (isSlugRoutePath(pathname) && !known) return NextResponse.rewrite(new URL(NO_SUCH_PAGE, request.url));
  return NextResponse.next();
}
