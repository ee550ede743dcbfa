// /pagefind/<file>: the search index (Pagefind's files) from the content store, read on each request so
// that a build or `npm run publish` switches it without a restart. lib/content/search-files.ts decides
// which names exist and how long each may be cached.
import fs from 'node:fs';
import { storeDir } from '@/lib/content/paths';
import { findSearchFile } from '@/lib/content/search-files';

export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }): Promise<Response> {
  const found = findSearchFile(storeDir, (await params).file.join('/'));
  if (!found) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const headers: Record<string, string> = { 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl };
  if (!found.hashed) {
    headers.ETag = `"${found.version}"`;
    if (request.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers });
  }
  return new Response(fs.readFileSync(found.file), { headers });
}
