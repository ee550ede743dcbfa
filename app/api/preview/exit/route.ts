// GET /api/preview/exit/?slug=…: ends Draft Mode and goes to the article's public page, or home when it
// has none (a draft).
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getArticleSummary } from '@/lib/content';
import { homeUrl } from '@/lib/content/urls';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  const slug = new URL(request.url).searchParams.get('slug');
  redirect(getArticleSummary(slug ?? '')?.url ?? homeUrl());
}
