// /media/<file>: what the content store serves for articles (lib/content/media.ts): copies of images they take
// from other sites, named by a hash of the URL (32 hex digits), and the files beside them in their page
// bundles, named by a hash of their content (64 hex digits). Only names the build writes are looked up,
// so no path can leave the folder.
import fs from 'node:fs';
import path from 'node:path';
import { mediaDir, mediaHeaders, storedName } from '@/lib/content/media';
import { storeDir } from '@/lib/content/paths';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const name = (await params).file;
  const stored = storedName(name);
  const file = stored && path.join(mediaDir(storeDir), name);
  if (!stored || !file || !fs.existsSync(file)) return new Response('Not found\n', { status: 404 });
  // Named by its content: it never changes. Named by its URL: a changed image is only fetched again by a full build.
  return new Response(fs.readFileSync(file), { headers: mediaHeaders(stored.ext, stored.byContent ? 'public, max-age=31536000, immutable' : 'public, max-age=86400') });
}
