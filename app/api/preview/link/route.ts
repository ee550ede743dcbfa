// GET /api/preview/link/?token=…: a preview link made by `npm run preview-link`. A good one keeps its token
// in a cookie for preview pages until the link expires, and sends the reader to that article's preview (of
// that article only: no Draft Mode). Wrong, expired and revoked links all get the same 401. Never cached or
// indexed (headers in next.config.js).
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { openPreviewLink, PREVIEW_LINK_COOKIE, previewLinksEnabled } from '@/lib/preview-links/access';
import { previewUrl } from '@/lib/content/urls';

export const dynamic = 'force-dynamic';

const REFUSED = 'This preview link is not valid: it is wrong, has expired or was revoked. Ask the editor who sent it for a new one.\n';

export async function GET(request: Request): Promise<Response> {
  if (!previewLinksEnabled()) return new Response('Not found\n', { status: 404 });
  const url = new URL(request.url);
  const token = url.searchParams.get('token') ?? '';
  const link = await openPreviewLink(token);
  if (!link) return new Response(REFUSED, { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  (await cookies()).set(PREVIEW_LINK_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    path: '/preview/',
    expires: link.expiresAt,
  });
  redirect(previewUrl(link.slug));
}
