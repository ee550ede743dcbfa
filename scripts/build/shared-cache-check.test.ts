import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freePort } from '../../tests/integration/free-port';
import { startRedis, stopRedis } from '../../tests/deploy/redis';
import { assertRedisReachable } from './shared-cache-check';

describe('assertRedisReachable', { timeout: 20_000 }, () => {
  it('passes without REDIS_URL, and when Redis answers', async () => {
    await assertRedisReachable(undefined);
    const redis = await startRedis(await freePort());
    try {
      await assertRedisReachable(redis.url);
    } finally {
      await stopRedis(redis);
    }
  });

  it('refuses naming Redis, its address and what to do when it does not answer', async () => {
    const port = await freePort();
    await assert.rejects(assertRedisReachable(`redis://user:hunter2@127.0.0.1:${port}`), (error: Error) => {
      assert.match(error.message, new RegExp(`Redis at redis://…@127\\.0\\.0\\.1:${port} \\(REDIS_URL\\).*does not answer`));
      assert.match(error.message, /Nothing was published: start Redis/);
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });
});
