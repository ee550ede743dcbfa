// /media/<file>: the stored copies of images that articles take from other sites (lib/content/media.ts),
// served from our origin. Only names the build writes are looked up, so no path can leave the folder.
import fs from 'node:fs';
import path from 'node:path';
import { mediaDir } from '@/lib/content/media';
import { storeDir } from '@/lib/content/paths';

const STORED_NAME = /^[0-9a-f]{32}\.(png|jpg|gif|webp|avif)$/;
const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif' };

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const name = (await params).file;
  const ext = STORED_NAME.exec(name)?.[1];
  const file = ext && path.join(mediaDir(storeDir), name);
  if (!ext || !file || !fs.existsSync(file)) return new Response('Not found\n', { status: 404 });
  // Named by a hash of the image's URL: a changed image at the same URL is only fetched again by a full build.
  return new Response(fs.readFileSync(file), { headers: { 'Content-Type': TYPES[ext], 'Cache-Control': 'public, max-age=86400' } });
}
