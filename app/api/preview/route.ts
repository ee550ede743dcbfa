// GET /api/preview?secret=…&slug=…: turns on Next's Draft Mode for an editor and sends them to the
// article's preview page. Off (404) when PREVIEW_SECRET is unset; a wrong or missing secret gets 401 and
// the same answer whatever the slug, so it reveals nothing.
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { previewUrl } from '@/lib/content/urls';
import { secretMatches } from '@/lib/secrets';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const secret = process.env.PREVIEW_SECRET;
  if (!secret) return new Response('Not found\n', { status: 404 });
  const query = new URL(request.url).searchParams;
  if (!secretMatches(query.get('secret') ?? '', secret)) return new Response('Unauthorized\n', { status: 401 });
  const slug = query.get('slug') ?? '';
  if (!slug) return new Response('Say which article to preview: ?slug=<its slug>\n', { status: 400 });
  (await draftMode()).enable();
  redirect(previewUrl(slug));
}
