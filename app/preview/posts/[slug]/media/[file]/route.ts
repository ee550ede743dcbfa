// /preview/posts/<slug>/media/<file>: a page bundle's file as the article's preview shows it, read from the
// content folder (a draft's files are never copied into the store). Draft Mode or that article's preview link
// only; never cached.
import fs from 'node:fs';
import { cookies, draftMode } from 'next/headers';
import { mediaHeaders, storedName } from '@/lib/content/media';
import { previewFile } from '@/lib/content/preview';
import { decodeSegment } from '@/lib/content/urls';
import { linkOpensPreview, PREVIEW_LINK_COOKIE } from '@/lib/preview-links/access';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }): Promise<Response> {
  const { slug, file: name } = await params;
  const stored = storedName(name);
  const allowed = (await draftMode()).isEnabled || (await linkOpensPreview((await cookies()).get(PREVIEW_LINK_COOKIE)?.value, decodeSegment(slug)));
  const file = allowed && stored?.byContent ? await previewFile(decodeSegment(slug), name) : null;
  if (!stored || !file) return new Response('Not found\n', { status: 404 });
  return new Response(fs.readFileSync(file), { headers: mediaHeaders(stored.ext, 'no-store') });
}
