// /pagefind/<file>: the search index (Pagefind's files) from the content store, read on each request so
// that a build or `npm run publish` switches it without a restart. lib/content/search-files.ts decides
// which names exist and how long each may be cached.
import { storeDir } from '@/lib/content/paths';
import { searchFileResponse } from '@/lib/content/search-files';

export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }): Promise<Response> {
  return searchFileResponse(storeDir, (await params).file.join('/'), request.headers.get('if-none-match'));
}
