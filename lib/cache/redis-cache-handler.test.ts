// The cache handler against a real redis-server: two handlers (two replicas) share entries, a revalidated
// tag expires the entry on both, and with Redis stopped reads are misses within the timeout.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../../tests/integration/free-port';
import { startRedis, stopRedis, type RedisServer } from '../../tests/deploy/redis';
import { deserializeEntry, serializeEntry } from './cache-entry-codec.mjs';

let redis: RedisServer;
let Handler: typeof import('./redis-cache-handler.mjs').default;
let status: typeof import('./shared-cache-connection.mjs').sharedCacheStatus;
let close: typeof import('./shared-cache-connection.mjs').closeSharedCacheClient;

const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc of ${html}`),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/posts/knee/' },
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const read = { kind: 'APP_PAGE' } as never;
const write = { cacheControl: { revalidate: false, expire: undefined } } as never;

describe('the Redis page cache handler', { timeout: 30_000 }, () => {
  before(async () => {
    redis = await startRedis(await freePort());
    process.env.REDIS_URL = redis.url;
    process.env.PULSE_BUILD_ID = 'test-build';
    Handler = (await import('./redis-cache-handler.mjs')).default;
    ({ sharedCacheStatus: status, closeSharedCacheClient: close } = await import('./shared-cache-connection.mjs'));
  });
  after(async () => {
    await close();
    await stopRedis(redis);
  });

  it('keeps Buffers and Maps through Redis strings', () => {
    const value = page('<p>x</p>');
    assert.deepEqual(deserializeEntry(serializeEntry(value)), value);
  });

  it('shares an entry between replicas, and a revalidated path expires it on both', async () => {
    const [a, b] = [new Handler({}), new Handler({})];
    await a.set('/posts/knee', page('<p>old</p>'), write);
    const shared = (await b.get('/posts/knee', read)) as { value: ReturnType<typeof page> } | null;
    assert.equal(shared?.value.html, '<p>old</p>');
    assert.deepEqual(shared?.value.rscData, Buffer.from('rsc of <p>old</p>'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.revalidateTag(['_N_T_/posts/knee/']);
    assert.equal(await a.get('/posts/knee', read), null, 'the replica that did not revalidate renders again');
    await a.set('/posts/knee', page('<p>new</p>'), write);
    assert.equal(((await b.get('/posts/knee', read)) as { value: { html: string } }).value.html, '<p>new</p>');
    assert.equal(await status(), 'ok');
  });

  it('answers misses quickly while Redis is down, and reports the cache degraded', async () => {
    const handler = new Handler({});
    await stopRedis(redis);
    const started = Date.now();
    assert.equal(await handler.get('/posts/knee', read), null);
    await handler.set('/posts/knee', page('<p>while down</p>'), write);
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    assert.equal(await status(), 'degraded');
    await assert.rejects(handler.revalidateTag('_N_T_/posts/knee/'), 'a revalidation that did not reach Redis fails');
    redis = await startRedis(redis.port);
    const deadline = Date.now() + 5000;
    while ((await status()) !== 'ok' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await status(), 'ok', 'the same client resumes when Redis is back');
    await handler.set('/posts/knee', page('<p>back</p>'), write);
    assert.equal(((await handler.get('/posts/knee', read)) as { value: { html: string } }).value.html, '<p>back</p>');
  });
});
