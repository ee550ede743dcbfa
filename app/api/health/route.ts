// GET /api/health: for load balancers and orchestrators. 200 `{ status: 'ok', buildId, articles,
// builtAt }` while this replica serves; 503 `{ status: 'shutting-down', … }` from the moment it has
// begun shutting down (lib/deploy/graceful-shutdown.ts), so it is taken out of rotation before it
// stops accepting connections. Never cached. `cache` is the shared page cache: "local" (no REDIS_URL),
// "ok", or "degraded" while Redis does not answer (still 200: the replica serves from its own store).
import { getArticles, getStoreBuiltAt } from '@/lib/content';
import { sharedCacheStatus } from '@/lib/cache/shared-cache-connection.mjs';
import { isShuttingDown } from '@/lib/deploy/lifecycle';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const shuttingDown = isShuttingDown();
  const body = {
    status: shuttingDown ? 'shutting-down' : 'ok',
    // From `npm run build` (scripts/build-id.mjs), inlined by next.config.js's `env`.
    buildId: process.env.PULSE_BUILD_ID ?? null,
    articles: getArticles().length,
    builtAt: getStoreBuiltAt(),
    cache: await sharedCacheStatus(),
  };
  return Response.json(body, { status: shuttingDown ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}
