// What publish checks before it changes anything: with REDIS_URL set, the shared page cache's Redis must
// answer, or a revalidation would reach some replicas and not others.
import { createClient } from 'redis';
import { redactedUrl } from '../../lib/cache/shared-cache-connection.mjs';

const TIMEOUT_MS = 2000;

/** Resolves when Redis answers a PING (or there is no REDIS_URL); throws naming Redis and what to do. */
export async function assertRedisReachable(url: string | undefined = process.env.REDIS_URL): Promise<void> {
  if (!url) return;
  const shown = redactedUrl(url);
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: false } });
  const errors: string[] = [];
  client.on('error', (error: Error) => errors.push(error.message));
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref());
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (error) {
    const cause = errors[0] ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`Redis at ${shown} (REDIS_URL), the replicas' shared page cache, does not answer (${cause}). Nothing was published: start Redis or correct REDIS_URL, then publish again.`);
  } finally {
    if (client.isOpen) await client.quit();
  }
}
