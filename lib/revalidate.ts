// The contract of POST /api/revalidate, shared by the route and `npm run publish`: the secret check and
// the request body, `{ "paths": ["/a/page/", "/"] }` (site paths as lib/content/urls.ts builds them).
import { z } from 'zod';
import { secretMatches } from './secrets';

export const REVALIDATE_ROUTE = '/api/revalidate';

/** More paths than any content change can touch at once, well under what a request should carry. */
const MAX_PATHS = 20_000;

const requestSchema = z.object({
  paths: z
    .array(
      z
        .string()
        .max(1024)
        .regex(/^\/[^?#\s]*$/, 'a path starts with "/" and has no query, fragment or spaces'),
    )
    .max(MAX_PATHS),
});

export type RevalidateRequest = z.infer<typeof requestSchema>;

export function parseRevalidateRequest(body: string): { ok: true; paths: string[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'the body is not JSON; send {"paths": ["/a/page/"]}' };
  }
  const result = requestSchema.safeParse(json);
  if (!result.success) return { ok: false, error: z.prettifyError(result.error) };
  // Next matches the decoded path, without the trailing slash that trailingSlash adds.
  return { ok: true, paths: [...new Set(result.data.paths.map(routePath))] };
}

function routePath(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape is kept as written; it matches no page.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
}

export function isAuthorized(header: string | null, secret: string): boolean {
  return secretMatches(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '', secret);
}
