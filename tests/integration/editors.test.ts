// Editors' tools on the real thing: a copy of the project built in full and served by `npm start`. A
// preview link opens its own article only and stops working once revoked; an article scheduled seconds
// ahead is absent, then live after its instant with one `npm run publish` and no build; a file with three
// problems gets all three from `npm run content:check`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyProject } from '../../scripts/copy-project.mjs';
import { runNpmScript, startNpmServer, type NpmStart } from './npm-project';

const REVALIDATE = 'a-revalidate-secret';
const PREVIEW = 'a-preview-secret';
const ARTICLE = 'sleep-hygiene-habits-for-better-sleep';
const OTHER = 'living-with-type-2-diabetes';
const SCHEDULED = 'a-scheduled-article';

let dir = '';
let origin = '';
let scheduledAt = 0;
const env = () => ({ ...process.env, REVALIDATE_SECRET: REVALIDATE, PREVIEW_SECRET: PREVIEW, PREVIEW_LINK_KEY: '', PULSE_SERVER_URL: origin });

const run = (script: string, args: string[] = []) => runNpmScript(dir, script, env(), args);

let running: NpmStart | null = null;

async function startServer(): Promise<void> {
  running = await startNpmServer(dir, env());
  origin = running.origin;
}

async function stopServer(): Promise<void> {
  await running?.stop();
  running = null;
}

/** The link `npm run preview-link` prints (on SITE_URL, which is left as built: publish refuses a changed
 * setting), on this test's server. */
async function makeLink(slug: string): Promise<{ url: string; id: string }> {
  const made = await run('preview-link', [slug, '--hours', '1']);
  assert.equal(made.code, 0, made.stderr);
  const id = /Preview link (\S+) for/.exec(made.stderr)?.[1] ?? '';
  return { url: new URL(new URL(made.stdout.trim()).pathname + new URL(made.stdout.trim()).search, origin).href, id };
}

/** Opens a link as a browser would: its answer, and the cookie it sets. */
async function open(url: string): Promise<{ status: number; body: string; cookie: string; location: string | null; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, body: await response.text(), cookie: (response.headers.get('set-cookie') ?? '').split(';')[0], location: response.headers.get('location'), headers: response.headers };
}

const preview = (slug: string, cookie: string) => fetch(`${origin}/preview/posts/${slug}/`, { headers: { cookie }, redirect: 'manual' });

describe('editors on a running server', { timeout: 900_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-editors-'));
    copyProject(process.cwd(), dir);
    const build = await run('build');
    assert.equal(build.code, 0, build.stderr);
    await startServer();
  });
  after(async () => {
    await stopServer();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a preview link opens its own article only, answers 401 when wrong, and stops working once revoked', async () => {
    const { url, id } = await makeLink(ARTICLE);
    assert.doesNotMatch(url, new RegExp(PREVIEW), 'the site-wide secret is not in the link');
    const opened = await open(url);
    assert.equal(opened.status, 307);
    assert.equal(new URL(opened.location ?? '', origin).pathname, `/preview/posts/${ARTICLE}/`);
    assert.match(opened.headers.get('cache-control') ?? '', /private, no-store/);
    assert.match(opened.headers.get('x-robots-tag') ?? '', /noindex/);
    const page = await preview(ARTICLE, opened.cookie);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Preview: this version is not published yet/);
    assert.equal((await preview(OTHER, opened.cookie)).status, 404, 'the link opens no other article');

    const wrong = await open(url.replace(/.{4}$/, 'AAAA'));
    assert.equal(wrong.status, 401);
    const revoked = await run('preview-link', ['--revoke', id]);
    assert.equal(revoked.code, 0, revoked.stderr);
    const again = await open(url);
    assert.equal(again.status, 401);
    assert.equal(again.body, wrong.body, 'wrong and revoked links get the same answer');
    assert.equal((await preview(ARTICLE, opened.cookie)).status, 404, 'whoever opened it is shut out too');

    const second = await makeLink(ARTICLE);
    assert.equal((await open(second.url)).status, 307);
    assert.equal((await run('preview-link', ['--revoke-all', ARTICLE])).code, 0);
    assert.equal((await open(second.url)).status, 401);
  });

  it('an article scheduled seconds ahead is absent, then live after its instant, then taken down after its expiry, each with one publish and no build', async () => {
    scheduledAt = Date.now() + 20_000;
    const at = new Date(scheduledAt).toISOString().replace(/\.\d+Z$/, 'Z');
    fs.writeFileSync(path.join(dir, 'content', 'posts', `${SCHEDULED}.md`), `---\ntitle: A scheduled article\ndescription: Goes live at its time.\ndate: ${at}\ntags: [sleep]\n---\n\nIt goes live at its time.\n`);
    const early = await run('publish');
    assert.equal(early.code, 0, early.stderr);
    assert.equal((await fetch(`${origin}/posts/${SCHEDULED}/`)).status, 404);
    assert.doesNotMatch(await (await fetch(`${origin}/posts/`)).text(), /A scheduled article/);
    const check = await run('content:check');
    assert.match(check.stdout, new RegExp(`${SCHEDULED}\\.md: scheduled: goes live at `));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, scheduledAt - Date.now() + 1000)));
    const due = await run('publish');
    assert.equal(due.code, 0, due.stderr);
    const live = Date.now();
    assert.equal((await fetch(`${origin}/posts/${SCHEDULED}/`)).status, 200);
    assert.match(await (await fetch(`${origin}/posts/`)).text(), /A scheduled article/);
    console.log(`# scheduled instant to live: ${((live - scheduledAt) / 1000).toFixed(1)} s (one publish after the instant)`);

    // An expiry seconds ahead: still live, then taken down by the first publish after it, with no build.
    const expiresAt = Date.now() + 15_000;
    const until = new Date(expiresAt).toISOString().replace(/\.\d+Z$/, 'Z');
    const scheduledFile = path.join(dir, 'content', 'posts', `${SCHEDULED}.md`);
    fs.writeFileSync(scheduledFile, fs.readFileSync(scheduledFile, 'utf8').replace('tags: [sleep]\n', `tags: [sleep]\nexpiryDate: ${until}\n`));
    const before = await run('publish');
    assert.equal(before.code, 0, before.stderr);
    assert.equal((await fetch(`${origin}/posts/${SCHEDULED}/`)).status, 200, 'live until its expiry');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now() + 1000)));
    const expired = await run('publish');
    assert.equal(expired.code, 0, expired.stderr);
    const down = Date.now();
    assert.equal((await fetch(`${origin}/posts/${SCHEDULED}/`)).status, 404);
    assert.doesNotMatch(await (await fetch(`${origin}/posts/`)).text(), /A scheduled article/);
    assert.doesNotMatch(await (await fetch(`${origin}/sitemap.xml`)).text(), new RegExp(SCHEDULED));
    console.log(`# expiry instant to taken down: ${((down - expiresAt) / 1000).toFixed(1)} s (one publish after the instant)`);
  });

  it('content:check reports all three problems of one file, errors and warnings together', async () => {
    const file = path.join(dir, 'content', 'posts', 'three-problems.md');
    fs.writeFileSync(file, '---\ntitle: Three problems\ndescription: A file with three problems.\ndate: 2023-13-45\ntag: [sleep]\n---\n\n## Start\n\n#### Skipped a level\n\nText.\n');
    const check = await run('content:check', [file]);
    fs.rmSync(file);
    assert.equal(check.code, 1);
    const lines = check.stdout.split('\n').filter((line) => line.includes('three-problems.md:'));
    assert.equal(lines.length, 3, check.stdout);
    assert.match(lines[0], /three-problems\.md:4:1: error: "date" is not a date/);
    assert.match(lines[1], /three-problems\.md:5:1: error: "tag" is not a key the site reads: it should be "tags"/);
    assert.match(lines[2], /three-problems\.md:\d+:1: warning: heading level skips from h2 to h4/);
  });
});
