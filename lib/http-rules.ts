// Which HTTP methods a URL answers, for proxy.ts. Pages, feeds and files are read-only: GET and HEAD, and
// OPTIONS answered here with the one Allow list (Next would answer a page's OPTIONS 400, cacheable, and a
// POST with the page itself). The API routes take what their handlers export (Next answers 405 with
// Allow for the rest), within the methods the site serves at all. Refusals are never cached by anyone.
import { NextResponse } from 'next/server';

const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
const API_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;
const NEVER_CACHED = 'no-store';

export type MethodDecision =
  | { kind: 'pass' }
  | { kind: 'answer'; status: 204 | 405; allow: string; cacheControl: string };

function methodsFor(pathname: string): readonly string[] {
  return pathname === '/api' || pathname.startsWith('/api/') ? API_METHODS : PAGE_METHODS;
}

/** What to do with a request's method: let Next answer it, or answer it here (204 to OPTIONS, 405). */
export function methodDecision(method: string, pathname: string): MethodDecision {
  const allowed = methodsFor(pathname);
  const allow = allowed.join(', ');
  if (!allowed.includes(method)) return { kind: 'answer', status: 405, allow, cacheControl: NEVER_CACHED };
  if (method === 'OPTIONS' && allowed === PAGE_METHODS) return { kind: 'answer', status: 204, allow, cacheControl: NEVER_CACHED };
  return { kind: 'pass' };
}

/** The response of a decision to answer, or null to let the request through. */
export function methodResponse(method: string, pathname: string): NextResponse | null {
  const decision = methodDecision(method, pathname);
  if (decision.kind === 'pass') return null;
  const headers = { Allow: decision.allow, 'Cache-Control': decision.cacheControl };
  return decision.status === 204
    ? new NextResponse(null, { status: 204, headers })
    : new NextResponse('Method not allowed\n', { status: 405, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}
