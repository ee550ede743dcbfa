// GET /api/dev/content-version/ (`npm run dev` only; 404 in production): names the content store's
// current index, so an open page can tell that the watcher rebuilt it.
import { getStoreVersion } from '@/lib/content';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  if (process.env.NODE_ENV === 'production') return new Response('Not found\n', { status: 404 });
  return Response.json({ version: getStoreVersion() });
}
