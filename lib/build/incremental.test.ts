// The incremental build through the real thing: a copy of the project (outside the checkout) is built
// in full, then articles are edited and built again, and the output and what the server sends are read.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { copyProject } from '../../scripts/copy-project.mjs';

const exec = promisify(execFile);
const ARTICLE = 'sleep-hygiene-habits-for-better-sleep';
const NEIGHBOUR = 'dvt-and-long-haul-flights';

let dir = '';
const file = (...parts: string[]) => path.join(dir, ...parts);
const html = (key: string) => fs.readFileSync(file('.next', 'server', 'app', `${key}.html`), 'utf8');
const build = async () => (await exec('npm', ['run', 'build', '--silent'], { cwd: dir, maxBuffer: 64 * 2 ** 20 })).stdout;

/** Runs `npm start`'s server on a free port for the time of `work`. */
async function withServer<T>(work: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn('node', ['server.mjs', '-p', '0', '-H', '127.0.0.1'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /:(\d+)/.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
      server.on('exit', () => reject(new Error('the server stopped')));
    });
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

const served = (pathname: string) => withServer(async (origin) => (await fetch(origin + pathname)).text());

describe('npm run build after editing articles', { timeout: 600_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-incremental-'));
    copyProject(process.cwd(), dir);
    assert.match(await build(), /Building every page: no previous build/);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('knows every page the build prerendered, so none can be left stale', async () => {
    // A new route that shows articles (an archive, a feed, a sitemap) must be added to sitePages, or an
    // incremental build would leave it showing old content.
    const { readStoreIndex } = await import('../content/store');
    const { sitePages } = await import('../routes');
    const pages = sitePages(readStoreIndex(file('.content')).articles);
    const known = [...pages.articles, ...pages.lists].map((url) => decodeURIComponent(url).replace(/(.)\/$/, '$1'));
    const manifest = JSON.parse(fs.readFileSync(file('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    const contentFree = ['/_not-found', '/_global-error', '/icon.svg'];
    assert.deepEqual(Object.keys(manifest.routes).filter((route) => !contentFree.includes(route)).sort(), known.sort());
  });

  it('renders only the edited article again when its text changed', async () => {
    const untouched = html(`posts/${NEIGHBOUR}`);
    const home = html('index');
    fs.appendFileSync(file('content', 'posts', `${ARTICLE}.md`), '\nA sentence about a wombat-marker, added by a test.\n');
    assert.match(await build(), /Only articles changed: 1 page rendered again/);
    assert.match(html(`posts/${ARTICLE}`), /wombat-marker/);
    assert.equal(html(`posts/${NEIGHBOUR}`), untouched);
    assert.equal(html('index'), home);
    assert.match(await served(`/posts/${ARTICLE}/`), /wombat-marker/);
    // Client-side navigation reads the page's RSC and segment files, which were replaced too.
    await withServer(async (origin) => {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/posts/`);
        await page.locator(`a[href="/posts/${ARTICLE}/"]`).first().click();
        await page.waitForURL(`${origin}/posts/${ARTICLE}/`);
        await page.getByText('wombat-marker', { exact: false }).waitFor();
        assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'one document load: the click navigated on the client');
      } finally {
        await browser.close();
      }
    });
    assert.match(await build(), /No page changed/);
  });

  it('renders the lists and the neighbours again when a title changed', async () => {
    const source = file('content', 'posts', `${ARTICLE}.md`);
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(/^title: .*$/m, 'title: "Sleep hygiene, retitled by a test"'));
    assert.match(await build(), /Only articles changed: \d+ pages rendered again/);
    for (const key of [`posts/${ARTICLE}`, 'index', 'posts', 'tags/sleep']) assert.match(html(key), /Sleep hygiene, retitled by a test/, key);
    const neighbours = fs.readdirSync(file('.next', 'server', 'app', 'posts')).filter((name) => name.endsWith('.html') && html(`posts/${name.slice(0, -5)}`).includes('retitled by a test'));
    assert.ok(neighbours.length >= 2, 'the article and at least one neighbour show the new title');
    assert.match(await served('/'), /Sleep hygiene, retitled by a test/);
  });

  it('keeps the last good site when an edit breaks an article', async () => {
    const good = html(`posts/${ARTICLE}`);
    fs.writeFileSync(file('content', 'posts', 'broken.md'), '---\ntitle: Broken\ndate: 2023-13-45\n---\nText.\n');
    const failure = await build().then(
      () => assert.fail('the build should fail'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /broken\.md:3:1: error: "date" is not a date/);
    assert.equal(html(`posts/${ARTICLE}`), good);
    fs.rmSync(file('content', 'posts', 'broken.md'));
  });

  it('builds every page when an article is added', async () => {
    fs.writeFileSync(file('content', 'posts', 'a-new-article.md'), '---\ntitle: A new article\ndate: 2024-05-01\n---\nNew text.\n');
    assert.match(await build(), /Building every page: articles, tags or list pages were added or removed/);
    assert.match(html('posts/a-new-article'), /New text\./);
  });
});
