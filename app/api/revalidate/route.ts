// POST /api/revalidate: Next's on-demand revalidation for published content. `npm run publish` sends the
// pages a content change touches; each is rendered again from the content store on its next request.
// Guarded by REVALIDATE_SECRET (as `Authorization: Bearer <secret>`); with no secret set the route does
// not exist (404), and a wrong secret gets 401 and nothing else.
import { revalidatePath } from 'next/cache';
import { isAuthorized, parseRevalidateRequest } from '@/lib/revalidate';

export async function POST(request: Request): Promise<Response> {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) return new Response('Not found\n', { status: 404 });
  if (!isAuthorized(request.headers.get('authorization'), secret)) {
    return new Response('Unauthorized\n', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  const parsed = parseRevalidateRequest(await request.text());
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  for (const path of parsed.paths) revalidatePath(path);
  return Response.json({ revalidated: parsed.paths });
}
