// Hugo's trailing slash on page URLs, for proxy.ts: a page's path ends with a slash; a file's (`/index.xml`,
// `/icon.svg`) does not. An article's page keeps the slash it was asked with even when its slug has a dot
// (Hugo keeps dots: `/posts/node.js/`, `/fa/posts/x/`'s route `/posts/x.fa/`): it is the canonical URL, and
// must not redirect. Next's own paths are left alone.
const ARTICLE_PAGE = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})*\/)?posts\/[^/]+\/$/i;

export function withHugoSlash(pathname: string): string {
  if (pathname.startsWith('/_next/') || pathname.startsWith('/.well-known/')) return pathname;
  // Load balancers and probes ask for /api/health as it is written, and must not get a redirect.
  if (pathname === '/api/health') return pathname;
  if (ARTICLE_PAGE.test(pathname)) return pathname;
  const trimmed = pathname.replace(/\/+$/, '');
  const isFile = /\.[^/.]+$/.test(trimmed.slice(trimmed.lastIndexOf('/') + 1));
  if (isFile) return trimmed;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
