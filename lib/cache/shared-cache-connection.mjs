// @ts-check
// The one connection of this process to the shared cache's Redis (REDIS_URL), and what it says about
// itself: "local" (no REDIS_URL: Next's own filesystem cache), "ok", or "degraded" (Redis is not
// answering; pages are rendered from this replica's store until it answers again, with no restart).
// Plain JavaScript: Next loads the cache handler (redis-cache-handler.mjs) as it is, without compiling it.
// Held on globalThis: the handler (loaded by Node) and the route handlers (Next's bundles) each get their
// own copy of this module, but must share one client.
import { createClient } from 'redis';

const KEY = Symbol.for('pulse.sharedCacheConnection');

/** How long a cache operation may take before the replica gives up on it and renders instead (ms). */
export const OPERATION_TIMEOUT_MS = Number(process.env.PULSE_REDIS_TIMEOUT_MS ?? 500);

/**
 * @typedef {ReturnType<typeof newClient>} RedisClient
 * @typedef {{ client: RedisClient; connecting: Promise<unknown>; lastError: string | null; loggedAt: number }} Connection
 */

/** @param {string} url */
function newClient(url) {
  return createClient({
    url,
    // Commands sent while Redis is down fail at once (the replica renders) instead of queueing.
    disableOfflineQueue: true,
    socket: { connectTimeout: OPERATION_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
}

/** @param {string} url */
function connect(url) {
  const client = newClient(url);
  /** @type {Connection} */
  const connection = { client, connecting: Promise.resolve(), lastError: null, loggedAt: 0 };
  client.on('error', (error) => {
    connection.lastError = error instanceof Error ? error.message : String(error);
    // Once a minute at most: a Redis outage would otherwise print a line per reconnection attempt.
    if (Date.now() - connection.loggedAt > 60_000) {
      connection.loggedAt = Date.now();
      console.error(`Shared cache: Redis at ${redactedUrl(url)} is not answering (${connection.lastError}); serving from this replica until it does.`);
    }
  });
  client.on('ready', () => {
    if (connection.lastError) console.log(`Shared cache: Redis at ${redactedUrl(url)} answers again.`);
    connection.lastError = null;
  });
  connection.connecting = client.connect().catch(() => undefined);
  return connection;
}

/** @param {string | undefined} url */
export const redactedUrl = (url) => (url ?? '').replace(/\/\/[^@/]*@/, '//…@');

/**
 * This process's client (after its first connection attempt, so the first request can use it), or null
 * without REDIS_URL.
 * @returns {Promise<RedisClient | null>}
 */
export async function sharedCacheClient() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const holder = /** @type {Record<symbol, Connection | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] ??= connect(url);
  await holder[KEY].connecting;
  return holder[KEY].client;
}

/**
 * `promise`, or a rejection after OPERATION_TIMEOUT_MS.
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
export function withTimeout(promise) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${OPERATION_TIMEOUT_MS} ms`)), OPERATION_TIMEOUT_MS);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/** What /api/health reports: "local", "ok" (Redis answered a PING just now) or "degraded". @returns {Promise<'local' | 'ok' | 'degraded'>} */
export async function sharedCacheStatus() {
  const client = await sharedCacheClient();
  if (!client) return 'local';
  try {
    return (await withTimeout(client.ping())) === 'PONG' ? 'ok' : 'degraded';
  } catch {
    // Not swallowed: the client's error listener above has logged the cause; the status is the answer.
    return 'degraded';
  }
}

/** Closes this process's client (a test's end, a server's shutdown): it stops reconnecting. */
export async function closeSharedCacheClient() {
  const holder = /** @type {Record<symbol, Connection | undefined>} */ (/** @type {unknown} */ (globalThis));
  const connection = holder[KEY];
  holder[KEY] = undefined;
  if (connection?.client.isOpen) connection.client.destroy();
}
