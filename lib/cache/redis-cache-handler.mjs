// @ts-check
// Next's page cache on Redis (next.config.js's documented `cacheHandler`), so that every replica serves
// the same rendered pages and a revalidatePath on one expires the page on all. Next keeps no tags of its
// own for a custom handler, so this one stores each tag's revalidation time in Redis and treats an entry
// rendered before any of its tags was revalidated as absent: the page is rendered again.
// When Redis does not answer (OPERATION_TIMEOUT_MS), reads are misses and writes are skipped: the replica
// renders from its own content store, and answers; revalidation fails loudly, so publish sees it.
// Entries are kept per build (a release never serves another's HTML, whose assets it lacks); tags are
// shared by every build.
import fs from 'node:fs';
import path from 'node:path';
import { deserializeEntry, entryTags, serializeEntry } from './cache-entry-codec.mjs';
import { sharedCacheClient, withTimeout } from './shared-cache-connection.mjs';

export const TAGS_KEY = 'pulse:tags';
// An entry nobody asked for in two weeks leaves Redis (maxmemory with allkeys-lru bounds it too).
const UNUSED_ENTRY_SECONDS = 14 * 24 * 3600;

/** The build this server runs: release/server.js sets PULSE_BUILD_ID; `next start` finds it beside its build. */
function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  if (process.env.PULSE_BUILD_ID) return process.env.PULSE_BUILD_ID;
  const file = serverDistDir ? path.join(serverDistDir, '..', 'pulse-build-id') : '';
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : 'unnamed-build';
}

/** Whether an entry written at `lastModified` was rendered before a revalidation of one of `tags`. */
export function revalidatedSince(/** @type {(string | null)[]} */ tagTimes, /** @type {number} */ lastModified) {
  return tagTimes.some((time) => time !== null && Number(time) >= lastModified);
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} context */
  constructor(context) {
    this.prefix = `pulse:${buildIdOf(context.serverDistDir)}:entry:`;
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[]; softTags?: string[] }} context
   */
  async get(key, context) {
    const client = await sharedCacheClient();
    if (!client) return null;
    try {
      const text = await withTimeout(client.get(this.prefix + key));
      if (!text) return null;
      const entry = /** @type {{ lastModified: number; value: unknown }} */ (deserializeEntry(text));
      const tags = [...new Set([...entryTags(entry.value), ...(context.tags ?? []), ...(context.softTags ?? [])])];
      if (tags.length > 0 && revalidatedSince(await withTimeout(client.hmGet(TAGS_KEY, tags)), entry.lastModified)) return null;
      return entry;
    } catch {
      // Redis is down or slow (the connection logs why, once a minute): a miss, and this replica renders.
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {{ cacheControl?: { expire?: number } }} context
   */
  async set(key, value, context) {
    const client = await sharedCacheClient();
    if (!client) return;
    const expire = context.cacheControl?.expire;
    const seconds = typeof expire === 'number' && expire > 0 ? Math.min(expire, UNUSED_ENTRY_SECONDS) : UNUSED_ENTRY_SECONDS;
    const entry = { lastModified: Date.now(), value, cacheControl: context.cacheControl };
    try {
      await withTimeout(client.set(this.prefix + key, serializeEntry(entry), { EX: seconds }));
    } catch {
      // Redis is down: the page was served; the next request renders it again (logged by the connection).
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    const client = await sharedCacheClient();
    if (!client || list.length === 0) return;
    const now = String(Date.now());
    // Not caught: a revalidation that did not reach Redis must fail the request that asked for it.
    await withTimeout(client.hSet(TAGS_KEY, Object.fromEntries(list.map((tag) => [tag, now]))));
  }

  resetRequestCache() {}
}
