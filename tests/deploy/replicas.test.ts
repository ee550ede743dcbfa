// The release behind nginx, as deploy/ describes it: a copy of the project is built and packaged once
// (`npm run build && npm run package`), release/ is copied to two folders, each started with
// `node server.js` on 127.0.0.1, and nginx runs deploy/nginx/pulse.conf in front of them. Then: the
// headers a cache relies on, the replicas' agreement, preview never cached, and a rolling restart under
// load that must lose no request. A second build of another copy must give the same build ID and asset URLs;
// a third, with one article edited, is rolled out over both replicas under load, then the cache is purged.
// PULSE_TEST_RELEASE=<a release folder> skips the build (for working on this test).
import assert from 'node:assert/strict';
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/copy-project.mjs';
import { freePort } from '../integration/free-port';
import { startLoad } from './load';
import { ensureNginx, startNginx, startReplica, stopNginx, stopReplica, waitFor, writeNginxConfig, type Replica } from './processes';

const exec = promisify(execFile);
const SEED_SLUG = 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee';
const SEED = `/posts/${SEED_SLUG}/`;
// An MDX article: preview compiles it at request time with esbuild's native binary from the release.
const MDX_SLUG = 'chest-pain-when-to-get-help';
const PREVIEW_SECRET = 'a-deploy-test-secret';
const PAGE_CACHE = 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const env = { PREVIEW_SECRET };

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-deploy-'));
// nginx's workers run as another user (nobody): they must reach their cache folder inside.
fs.chmodSync(scratch, 0o755);
const replicas: Replica[] = [];
let nginx: ChildProcess | null = null;
let front = '';
let nginxDir = '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A copy of the project, built and packaged; the release folder. */
async function buildRelease(name: string, edit?: (project: string) => void): Promise<string> {
  const project = path.join(scratch, name);
  copyProject(process.cwd(), project);
  edit?.(project);
  for (const script of ['build', 'package']) {
    await exec('npm', ['run', script, '--silent'], { cwd: project, maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`npm run ${script} failed in ${project}:\n${error.stdout}\n${error.stderr}`);
    });
  }
  return path.join(project, 'release');
}

const copyRelease = (release: string, name: string) => {
  const target = path.join(scratch, name);
  execFileSync('cp', ['-a', release, target]);
  return target;
};

/** A GET with exactly these headers; its status. */
function statusOf(url: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

const releaseInfo = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'RELEASE.json'), 'utf8')) as { buildId: string };
const assetUrls = (html: string) => [...html.matchAll(/\/_next\/static\/[^"'\s)]+/g)].map(([url]) => url).sort();

describe('the release behind nginx', { timeout: 1_200_000 }, () => {
  let release = '';

  before(async () => {
    release = process.env.PULSE_TEST_RELEASE ?? (await buildRelease('first'));
    const [a, b] = [copyRelease(release, 'replica-a'), copyRelease(release, 'replica-b')];
    replicas.push(await startReplica(a, await freePort(), env), await startReplica(b, await freePort(), env));
    nginxDir = path.join(scratch, 'nginx');
    fs.mkdirSync(nginxDir);
    const port = await freePort();
    front = `http://127.0.0.1:${port}`;
    const config = writeNginxConfig(nginxDir, path.resolve('deploy/nginx/pulse.conf'), port, replicas.map((replica) => replica.port));
    nginx = await startNginx(ensureNginx(), nginxDir, config, front);
  });

  after(async () => {
    if (nginx) await stopNginx(nginx);
    await Promise.all(replicas.filter((replica) => replica.process.exitCode === null).map(stopReplica));
    if (!process.env.PULSE_KEEP_SCRATCH) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses to start on an incomplete folder, naming what is missing', async () => {
    const broken = copyRelease(release, 'broken');
    fs.rmSync(path.join(broken, '.content', 'index.json'));
    const result = await exec(process.execPath, ['server.js'], { cwd: broken, env: { ...process.env, PORT: String(await freePort()) } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /missing .*\.content\/index\.json/);
    assert.ok(!fs.readdirSync(release).some((name) => name.startsWith('.env')), 'the release holds no .env file');
  });

  it('answers health with the build, its article count and when its content was built', async () => {
    const response = await fetch(`${replicas[0].origin}/api/health`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { status: string; buildId: string; articles: number; builtAt: string };
    assert.equal(body.status, 'ok');
    assert.equal(body.buildId, releaseInfo(release).buildId);
    const index = JSON.parse(fs.readFileSync(path.join(release, '.content', 'index.json'), 'utf8')) as { articles: unknown[] };
    assert.equal(body.articles, index.articles.length);
    assert.ok(!Number.isNaN(Date.parse(body.builtAt)));
    const other = (await (await fetch(`${replicas[1].origin}/api/health`)).json()) as typeof body;
    assert.deepEqual(other, body, 'both replicas report the same release');
  });

  it('serves byte-identical pages from both replicas', async () => {
    const [a, b] = await Promise.all(replicas.map(async (replica) => (await fetch(replica.origin + SEED)).text()));
    assert.ok(a.includes('<h1'), 'the seed page is served');
    assert.equal(a, b);
  });

  it('sends the headers a shared cache relies on, beside the security headers', async () => {
    const origin = replicas[0].origin;
    const page = await fetch(origin + SEED);
    assert.equal(page.headers.get('cache-control'), PAGE_CACHE);
    assert.ok(page.headers.get('content-security-policy'), 'security headers stay');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const [chunk] = assetUrls(await page.text()).filter((url) => url.endsWith('.js') || url.includes('.js?'));
    assert.ok(chunk, 'the page names a script chunk');
    assert.equal((await fetch(origin + chunk)).headers.get('cache-control'), IMMUTABLE);
    const missing = await fetch(`${origin}/no-such-page/`);
    assert.equal(missing.status, 404);
    // Next sends its own no-store on 404s, whatever next.config.js says (see deploy/README.md).
    assert.match(missing.headers.get('cache-control') ?? '', /no-store/);
    assert.equal((await fetch(`${origin}/api/revalidate/`, { method: 'POST' })).headers.get('cache-control'), 'no-store');
  });

  it('answers a conditional request with 304', async () => {
    const first = await fetch(replicas[0].origin + SEED);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'pages carry an ETag');
    // Not with fetch: for a request with If-None-Match it adds `Cache-Control: no-cache` (as the Fetch
    // standard says), which tells the server to answer in full.
    for (const replica of replicas) assert.equal(await statusOf(replica.origin + SEED, { 'If-None-Match': etag }), 304);
  });

  it('caches pages in nginx and never a preview', async () => {
    await fetch(front + SEED);
    const cached = await fetch(front + SEED);
    assert.equal(cached.headers.get('x-cache-status'), 'HIT');
    const enable = await fetch(`${front}/api/preview/?secret=${PREVIEW_SECRET}&slug=${MDX_SLUG}`, { redirect: 'manual' });
    assert.equal(enable.status, 307);
    assert.equal(enable.headers.get('cache-control'), 'private, no-store');
    const cookie = enable.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    assert.match(cookie, /__prerender_bypass=/);
    const previewPath = new URL(enable.headers.get('location') ?? '', front).pathname;
    for (let attempt = 0; attempt < 2; attempt++) {
      const preview = await fetch(front + previewPath, { headers: { cookie } });
      assert.equal(preview.status, 200);
      assert.match(preview.headers.get('cache-control') ?? '', /no-store/);
      assert.equal(preview.headers.get('x-cache-status'), null, 'preview is never looked up in the cache');
      assert.match(await preview.text(), /<h1[^>]*>Chest Pain: When to Get Help/);
      const article = await fetch(front + SEED, { headers: { cookie } });
      assert.equal(article.headers.get('x-cache-status'), 'BYPASS', 'an editor in Draft Mode never gets a cached page');
    }
    const health = await fetch(`${front}/api/health`);
    assert.equal(health.headers.get('x-cache-status'), null);
  });

  it('loses no request while each replica in turn is stopped and started again under load', async () => {
    const started = Date.now();
    const load = startLoad(front, [SEED, '/', '/posts/'], 20, 120);
    await sleep(2000);
    for (let index = 0; index < replicas.length; index++) {
      const replica = replicas[index];
      const stopping = stopReplica(replica);
      // It says so at once (503), while it finishes what it has in flight, then closes its port.
      let health: number | string = 200;
      for (let attempt = 0; attempt < 100 && health === 200; attempt++) {
        health = await fetch(`${replica.origin}/api/health`).then((response) => response.status, () => 'refused');
        if (health === 200) await sleep(10);
      }
      assert.ok(health === 503 || health === 'refused', `health during shutdown: ${health}`);
      assert.equal(await stopping, 0, 'a replica exits 0 after SIGTERM');
      replicas[index] = await startReplica(replica.dir, replica.port, env);
      await waitFor(`${replica.origin}/api/health`);
      // nginx takes it back once fail_timeout (5 s in deploy/nginx/pulse.conf) has passed.
      await sleep(6000);
    }
    await sleep(Math.max(0, 10_000 - (Date.now() - started)));
    load.stop();
    const result = await load;
    const failed = result.errors + result.timeouts + result.non2xx;
    const figures = `rolling restart: ${result.requests.sent} requests sent in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failed} failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; statuses ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])))}`;
    console.log(figures);
    fs.writeFileSync(path.join(process.cwd(), 'test-results-deploy.txt'), `${figures}\n`);
    assert.ok(Date.now() - started >= 10_000);
    assert.ok(result.requests.sent > 100, figures);
    assert.equal(failed, 0, figures);
  });

  it('gives the same build ID and asset URLs when another copy of the same sources is built', { skip: process.env.PULSE_TEST_RELEASE ? 'PULSE_TEST_RELEASE given' : false }, async () => {
    const second = await buildRelease('second');
    assert.equal(releaseInfo(second).buildId, releaseInfo(release).buildId);
    const list = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const staticDir = (dir: string) => path.join(dir, fs.readdirSync(dir).find((name) => fs.existsSync(path.join(dir, name, 'BUILD_ID'))) ?? '', 'static');
    assert.deepEqual(list(staticDir(second)), list(staticDir(release)), 'the same /_next/static/ files');
    const replica = await startReplica(copyRelease(second, 'replica-second'), await freePort(), env);
    try {
      const [a, b] = await Promise.all([replicas[0], replica].map(async ({ origin }) => (await fetch(origin + SEED)).text()));
      assert.deepEqual(assetUrls(b), assetUrls(a));
      assert.equal(b, a, 'the same HTML');
    } finally {
      await stopReplica(replica);
    }
  });

  it('rolls a content update out as a new release: every replica, then the purged cache in front, serves it', { skip: process.env.PULSE_TEST_RELEASE ? 'PULSE_TEST_RELEASE given' : false }, async () => {
    const marker = 'This sentence was added by the deploy test for the content update.';
    const updated = await buildRelease('updated', (project) => fs.appendFileSync(path.join(project, 'content', 'posts', `${SEED_SLUG}.md`), `\n\n${marker}\n`));
    const { buildId } = releaseInfo(updated);
    assert.notEqual(buildId, releaseInfo(release).buildId, 'new content, new build ID');
    await fetch(front + SEED);
    assert.equal((await fetch(front + SEED)).headers.get('x-cache-status'), 'HIT', 'the old page is in the cache in front');

    // The rollout, one replica at a time, under load: nothing lost while the two releases serve side by side.
    const load = startLoad(front, [SEED, '/'], 10, 120);
    await sleep(1000);
    for (let index = 0; index < replicas.length; index++) {
      const { port } = replicas[index];
      assert.equal(await stopReplica(replicas[index]), 0);
      replicas[index] = await startReplica(copyRelease(updated, `replica-${index}-updated`), port, env);
      await sleep(6000);
    }
    load.stop();
    const result = await load;
    const failed = result.errors + result.timeouts + result.non2xx;
    assert.equal(failed, 0, `rollout: ${result.requests.sent} requests sent, ${failed} failed`);

    for (const replica of replicas) {
      const health = (await (await fetch(`${replica.origin}/api/health`)).json()) as { buildId: string };
      assert.equal(health.buildId, buildId, `${replica.origin} runs the new release`);
      assert.ok((await (await fetch(replica.origin + SEED)).text()).includes(marker), `${replica.origin} serves the updated article`);
    }
    // Until it is purged the cache in front keeps the old page for s-maxage; purged as deploy/README.md says.
    assert.ok(!(await (await fetch(front + SEED)).text()).includes(marker), 'the cache in front still holds the old page');
    for (const entry of fs.readdirSync(path.join(nginxDir, 'cache'))) fs.rmSync(path.join(nginxDir, 'cache', entry), { recursive: true, force: true });
    nginx?.kill('SIGHUP');
    await sleep(500);
    const fresh = await fetch(front + SEED);
    assert.equal(fresh.headers.get('x-cache-status'), 'MISS');
    assert.ok((await fresh.text()).includes(marker), 'after the purge, readers get the update through nginx');
  });
});
