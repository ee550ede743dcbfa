// Runs before Next routes a request. Turns away, with a 4xx, requests no page could answer: methods the
// site does not serve, URLs whose percent-encoding is broken (Next would fail decoding them with a 500),
// and Range headers that are not byte ranges (its static file server would fail on them too). Then gives
// page URLs Hugo's trailing slash (308), as Next's trailingSlash would, but after next.config.js's
// redirects, so that an old URL without its slash is one redirect to its article, not two. Then answers
// 404 for a URL of a route rendered on first request (an article, a term, a later list page) that names
// no page, before Next renders it: Next would keep each such 404 (lib/on-demand-pages.ts says why).
// Nothing here guards content: drafts are kept out by the build, and preview checks Draft Mode itself.
import { NextResponse, type NextRequest } from 'next/server';
import { isKnownOnDemandPage } from './lib/on-demand-pages';
import { methodResponse } from './lib/http-rules';
import { isOnDemandPath } from './lib/prerender';
import { withHugoSlash } from './lib/trailing-slash';

const BYTE_RANGES = /^bytes=\s*(\d*-\d*)(\s*,\s*\d*-\d*){0,15}\s*$/;
// Matches no route, so Next answers it as any unmatched URL: app/not-found.tsx, prerendered once, with a 404.
const NO_SUCH_PAGE = '/404/no-such-page/';

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
  const slashed = withHugoSlash(request.nextUrl.pathname);
  if (slashed !== request.nextUrl.pathname) {
    // A plain URL: a NextURL would be written back in its own trailing-slash form.
    return NextResponse.redirect(new URL(`${slashed}${request.nextUrl.search}`, request.url), 308);
  }
  if (isOnDemandPath(request.nextUrl.pathname) && !isKnownOnDemandPage(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL(NO_SUCH_PAGE, request.url));
  }
  return NextResponse.next();
}
