// GET /api/preview/exit/?slug=…: ends Draft Mode (and forgets an opened preview link) and goes to the article's public page, or home when it
// has none (a draft).
import { cookies, draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getArticleSummary } from '@/lib/content';
import { homeUrl } from '@/lib/content/urls';
import { PREVIEW_LINK_COOKIE } from '@/lib/preview-links/access';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete({ name: PREVIEW_LINK_COOKIE, path: '/preview/' });
  const slug = new URL(request.url).searchParams.get('slug');
  redirect(getArticleSummary(slug ?? '')?.url ?? homeUrl());
}
