// Two replicas from release/ sharing their page cache through Redis (REDIS_URL), nginx with the reference
// config in front, under load (20 connections). The replicas read one content store (their .content is
// the project's, as on a shared volume): a publish to one replica must reach both replicas through Redis,
// and nginx through its refresh header, within 3 s with no failed request. Then Redis stops under load:
// no 5xx, /api/health says "degraded", publish's check refuses naming Redis; Redis starts again: the next
// publish reaches everyone, with no restart.
// PULSE_TEST_PROJECT=<a built and packaged project copy> skips the build (for working on this test).
import assert from 'node:assert/strict';
import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/copy-project.mjs';
import { refreshCachesInFront } from '../../scripts/build/proxy-refresh';
import { assertRedisReachable } from '../../scripts/build/shared-cache-check';
import { freePort } from '../integration/free-port';
import { startLoad, type LoadResult } from './load';
import { ensureNginx, startNginx, startReplica, stopNginx, stopReplica, writeNginxConfig, type Replica } from './processes';
import { startRedis, stopRedis, type RedisServer } from './redis';

const exec = promisify(execFile);
const SLUG = 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee';
const PAGE = `/posts/${SLUG}/`;
const REVALIDATE_SECRET = 'a-shared-cache-test-secret';
const REFRESH_SECRET = 'a-shared-cache-refresh-secret';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-shared-cache-'));
fs.chmodSync(scratch, 0o755);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let redis: RedisServer | null = null;
let redisPort = 0;
const replicas: Replica[] = [];
let nginx: ChildProcess | null = null;
let front = '';
let project = '';

const failedOf = (result: LoadResult) => result.errors + result.timeouts + result.non2xx;
const fiveXxOf = (result: LoadResult) => Object.entries(result.statusCodeStats).reduce((total, [code, { count }]) => total + (code.startsWith('5') ? count : 0), 0);

async function run(script: string, env: Record<string, string> = {}) {
  return exec('npm', ['run', script, '--silent'], { cwd: project, maxBuffer: 64 * 2 ** 20, env: { ...process.env, ...env } }).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`npm run ${script} failed in ${project}:\n${error.stdout}\n${error.stderr}`);
  });
}

/** How long after `since` `origin` first serves `marker` (polling; gives up after 30 s). */
async function servedAfter(origin: string, marker: string, since: number): Promise<number> {
  while (!(await (await fetch(origin + PAGE)).text()).includes(marker)) {
    if (Date.now() - since > 30_000) return Number.POSITIVE_INFINITY;
    await sleep(50);
  }
  return Date.now() - since;
}

/**
 * Edits the article, publishes it to the first replica only, and refreshes nginx as publish will; asserts
 * that both replicas and nginx serve `marker` within 3 s of the publish's end, and resolves with the slowest.
 */
async function publishEverywhere(marker: string): Promise<number> {
  fs.appendFileSync(path.join(project, 'content', 'posts', `${SLUG}.md`), `\n\n${marker}\n`);
  await assertRedisReachable(redis?.url);
  await run('publish', { REVALIDATE_SECRET, PULSE_SERVER_URL: replicas[0].origin });
  const published = Date.now();
  const [a, b, nginxTime] = await Promise.all([
    ...replicas.map((replica) => servedAfter(replica.origin, marker, published)),
    refreshCachesInFront([PAGE], { proxyUrl: front, refreshSecret: REFRESH_SECRET, siteUrl: 'http://localhost:3000' }).then(() => servedAfter(front, marker, published)),
  ]);
  console.log(`after the publish: replica A ${a} ms, replica B ${b} ms, nginx (refreshed) ${nginxTime} ms`);
  const slowest = Math.max(a, b, nginxTime);
  assert.ok(slowest < 3000, `every replica and nginx serve the edit within 3 s of the publish (slowest ${slowest} ms)`);
  return slowest;
}

describe('replicas sharing their page cache through Redis, behind nginx', { timeout: 1_200_000 }, () => {
  before(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    project = process.env.PULSE_TEST_PROJECT ?? path.join(scratch, 'project');
    if (!process.env.PULSE_TEST_PROJECT) {
      copyProject(process.cwd(), project);
      // REDIS_URL at build: the release's configuration turns the shared cache handler on.
      await run('build', { REDIS_URL: redis.url });
      await run('package', { REDIS_URL: redis.url });
    }
    for (const name of ['replica-a', 'replica-b']) {
      const dir = path.join(scratch, name);
      await exec('cp', ['-a', path.join(project, 'release'), dir]);
      // One content store for both, as on a shared volume (shared live content is another part of the work).
      fs.rmSync(path.join(dir, '.content'), { recursive: true });
      fs.symlinkSync(path.join(project, '.content'), path.join(dir, '.content'));
      replicas.push(await startReplica(dir, await freePort(), { REDIS_URL: redis.url, REVALIDATE_SECRET, PREVIEW_SECRET: '' }));
    }
    const nginxDir = path.join(scratch, 'nginx');
    fs.mkdirSync(nginxDir);
    const port = await freePort();
    front = `http://127.0.0.1:${port}`;
    nginx = await startNginx(ensureNginx(), nginxDir, writeNginxConfig(nginxDir, path.resolve('deploy/nginx/pulse.conf'), port, replicas.map((replica) => replica.port), REFRESH_SECRET), front);
  });

  after(async () => {
    if (nginx) await stopNginx(nginx);
    await Promise.all(replicas.filter((replica) => replica.process.exitCode === null).map(stopReplica));
    if (redis) await stopRedis(redis);
    if (!process.env.PULSE_KEEP_SCRATCH) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('reports the shared cache in /api/health', async () => {
    for (const replica of replicas) {
      const health = (await (await fetch(`${replica.origin}/api/health`)).json()) as { cache: string };
      assert.equal(health.cache, 'ok');
    }
  });

  it('puts an edit published to one replica live on both and through nginx within 3 s, under load, with no failed request', async () => {
    // Every cache holds the old page first: each replica's entry in Redis, nginx's copy.
    for (const origin of [...replicas.map((replica) => replica.origin), front]) await fetch(origin + PAGE);
    assert.equal((await fetch(front + PAGE)).headers.get('x-cache-status'), 'HIT');
    const load = startLoad(front, [PAGE, '/'], 20, 120);
    const direct = replicas.map((replica) => startLoad(replica.origin, [PAGE], 4, 120));
    await sleep(1000);
    const elapsed = await publishEverywhere('Shared-cache marker one, added by the deploy test.');
    console.log(`from the publish's end to both replicas and nginx serving the edit: ${elapsed} ms`);
    const cached = await fetch(front + PAGE);
    assert.equal(cached.headers.get('x-cache-status'), 'HIT', 'nginx stored the refreshed page');
    load.stop();
    direct.forEach((instance) => instance.stop());
    for (const result of [await load, ...(await Promise.all(direct))]) assert.equal(failedOf(result), 0, `${result.requests.sent} requests sent, ${failedOf(result)} failed`);
  });

  it('keeps answering while Redis is down, says so, refuses to publish; resumes sharing when Redis is back', async () => {
    const load = startLoad(front, [PAGE, '/', '/posts/'], 20, 120);
    await sleep(1000);
    assert.ok(redis);
    await stopRedis(redis);
    redis = null;
    await sleep(3000);
    for (const replica of replicas) {
      const response = await fetch(`${replica.origin}/api/health`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { cache: string }).cache, 'degraded');
    }
    await assert.rejects(assertRedisReachable(`redis://127.0.0.1:${redisPort}`), /Redis at redis:\/\/127\.0\.0\.1:\d+ \(REDIS_URL\).*does not answer.*Nothing was published/);
    await sleep(2000);
    load.stop();
    const result = await load;
    console.log(`Redis down: ${result.requests.sent} requests sent, ${fiveXxOf(result)} 5xx, ${failedOf(result)} failed, p99 ${result.latency.p99} ms`);
    assert.equal(fiveXxOf(result), 0);
    assert.equal(failedOf(result), 0);

    redis = await startRedis(redisPort);
    for (const replica of replicas) {
      const deadline = Date.now() + 10_000;
      let cache = '';
      while (cache !== 'ok' && Date.now() < deadline) {
        cache = ((await (await fetch(`${replica.origin}/api/health`)).json()) as { cache: string }).cache;
        if (cache !== 'ok') await sleep(200);
      }
      assert.equal(cache, 'ok', `${replica.origin} uses Redis again without a restart`);
    }
    // Both replicas fill the new Redis, then a publish to one reaches the other through it.
    for (const replica of replicas) await fetch(replica.origin + PAGE);
    const elapsed = await publishEverywhere('Shared-cache marker two, published after Redis came back.');
    console.log(`edit-to-live after Redis came back: ${elapsed} ms`);
  });
});
