// Publishing through the real thing: a copy of the project (outside the checkout) is built in full and
// served by `npm start`; articles are edited and published with `npm run publish`, and what the server
// sends (to fetch and to a browser navigating on the client) is read back.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readStoreIndex } from '../../lib/content/store';
import { feedPages, sitePages } from '../../lib/routes';
import { site } from '../../lib/site';
import { copyProject } from '../../scripts/copy-project.mjs';
import { freePort } from './free-port';
import { runNpmScript, startNpmServer, type NpmStart } from './npm-project';

const SECRET = 'a-test-secret';
const ARTICLE = 'sleep-hygiene-habits-for-better-sleep';
const HOSTILE_TITLE = 'Heart </script><script>alert(1)</script> <!-- "quoted" \u2028 end';

let dir = '';
let origin = '';
const file = (...parts: string[]) => path.join(dir, ...parts);
const articleFile = () => file('content', 'posts', `${ARTICLE}.md`);

const run = (script: string, env: Record<string, string> = {}, args: string[] = []) =>
  runNpmScript(dir, script, { ...process.env, REVALIDATE_SECRET: SECRET, PULSE_SERVER_URL: origin, ...env }, args);


/** `npm start`, as an operator runs it, on a free port; resolves once it answers. */
let running: NpmStart | null = null;

async function startServer(): Promise<void> {
  running = await startNpmServer(dir, { ...process.env, REVALIDATE_SECRET: SECRET, PREVIEW_SECRET: '' });
  origin = running.origin;
}

async function stopServer(): Promise<void> {
  await running?.stop();
  running = null;
}

const served = async (pathname: string) => (await fetch(origin + pathname)).text();

describe('npm run publish against the running server', { timeout: 900_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-publish-'));
    copyProject(process.cwd(), dir);
    // A tag outside ASCII, whose page has a percent-encoded URL.
    fs.writeFileSync(articleFile(), fs.readFileSync(articleFile(), 'utf8').replace(/^tags: \[/m, 'tags: [睡眠, '));
    const build = await run('build');
    assert.equal(build.code, 0, build.stderr);
    await startServer();
  });
  after(async () => {
    await stopServer();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('knows every page a reader can reach, so publishing cannot leave one stale', async () => {
    // A new route that shows articles (an archive, a feed, a sitemap) must be added to sitePages, or a
    // publish would not render it again. Crawl every link from the home page and compare.
    const seen = new Set<string>();
    const queue = ['/'];
    for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
      if (seen.has(pathname)) continue;
      seen.add(pathname);
      const response = await fetch(origin + pathname);
      assert.equal(response.status, 200, pathname);
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      const html = await response.text();
      for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
        if (!href.startsWith('/_next/') && !seen.has(href)) queue.push(href);
      }
      // Feeds, which heads link by their absolute URL.
      for (const [, href] of html.matchAll(/<link rel="alternate" type="[^"]+" href="([^"]+)"/g)) queue.push(new URL(href).pathname);
    }
    const index = readStoreIndex(file('.content'));
    const pages = sitePages(index.articles, index.pages);
    assert.deepEqual([...seen].sort(), [...pages.articles, ...pages.lists, ...pages.feeds, ...pages.pages, ...pages.tools].sort());
  });

  it('refuses a request without the right secret, revealing nothing', async () => {
    const post = (authorization: string | null, body = JSON.stringify({ paths: ['/'] })) =>
      fetch(`${origin}/api/revalidate/`, { method: 'POST', headers: authorization ? { authorization } : {}, body });
    for (const authorization of [null, 'Bearer wrong', `Bearer ${SECRET}x`, SECRET]) {
      const response = await post(authorization);
      assert.equal(response.status, 401, String(authorization));
      assert.equal(await response.text(), 'Unauthorized\n');
    }
    assert.equal((await post(`Bearer ${SECRET}`, '{"paths": "/"}')).status, 400);
    // This server runs without PREVIEW_SECRET: draft preview is off.
    assert.equal((await fetch(`${origin}/api/preview/?secret=anything&slug=${ARTICLE}`, { redirect: 'manual' })).status, 404);
    assert.equal((await post(`Bearer ${SECRET}`, JSON.stringify({ paths: ['/'] }))).status, 200);
  });

  it('puts an edited article live: served, on client navigation, and after a restart', async () => {
    const untouched = await served('/posts/dvt-and-long-haul-flights/');
    fs.appendFileSync(articleFile(), '\nA sentence about a wombat-marker, added by a test.\n');
    const untouchedFeed = await served('/tags/blood-clots/index.xml');
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: 1 page live/);
    // The feeds that carry it whole (the site's three, the section's and its tags') show the edit too.
    const carrying = feedPages(readStoreIndex(file('.content')).articles).filter((feed) => feed.articles.some((article) => article.slug === ARTICLE));
    assert.ok(carrying.length >= 5);
    assert.match(await served(`/posts/${ARTICLE}/`), /wombat-marker/);
    assert.equal(await served('/posts/dvt-and-long-haul-flights/'), untouched);
    for (const feed of carrying) assert.match(await served(feed.url), /wombat-marker/, feed.url);
    assert.equal(await served('/tags/blood-clots/index.xml'), untouchedFeed);

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

    assert.match((await run('publish')).stdout, /Nothing to publish/);
    await stopServer();
    await startServer();
    assert.match(await served(`/posts/${ARTICLE}/`), /wombat-marker/, 'a restarted server still serves the published page');
  });

  it('renders the lists and the neighbours again when a title changed', async () => {
    fs.writeFileSync(articleFile(), fs.readFileSync(articleFile(), 'utf8').replace(/^title: .*$/m, 'title: "Sleep hygiene, retitled by a test"'));
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: \d+ pages live/);
    for (const pathname of [`/posts/${ARTICLE}/`, '/posts/', '/tags/sleep/', `/tags/${encodeURIComponent('睡眠')}/`, '/health-a-z/s/']) assert.match(await served(pathname), /Sleep hygiene, retitled by a test/, pathname);
    const others = readStoreIndex(file('.content')).articles.filter((article) => article.slug !== ARTICLE);
    const showing = await Promise.all(others.map(async (article) => (await served(article.url)).includes('retitled by a test')));
    assert.ok(showing.some(Boolean), 'a neighbour links to the article by its new title');
  });

  it('puts an edited site page live, and asks for a full build when a page is retitled (every footer links to it)', async () => {
    const pageFile = file('content', 'pages', 'accessibility.md');
    fs.appendFileSync(pageFile, '\nA sentence about a numbat-marker, added by a test.\n');
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: 1 page live/);
    assert.match(await served('/accessibility/'), /numbat-marker/);
    const published = fs.readFileSync(pageFile, 'utf8');
    fs.writeFileSync(pageFile, published.replace(/^title: .*$/m, 'title: "Accessibility, retitled by a test"'));
    assert.equal((await run('publish')).code, 3);
    // As published, so the tests after this one start from the live site.
    fs.writeFileSync(pageFile, published);
  });

  it('shows the new date of change in the sitemap when an article says it was updated', async () => {
    fs.writeFileSync(articleFile(), fs.readFileSync(articleFile(), 'utf8').replace(/^date: .*$/m, (line) => `${line}\nlastmod: 2025-02-03`));
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: 1 page live/);
    // The result first, then the pages it updated, then (only) the changed file's warnings.
    assert.match(publish.stdout.split('\n')[0], /^Published: 1 page live on /);
    assert.equal(publish.stdout.split('\n')[1], `  updated: /posts/${ARTICLE}/`);
    assert.doesNotMatch(publish.stdout + publish.stderr, /what-are-the-symptoms-of-a-blood-clot[^\n]*: warning:/, 'no warning of a file this publish did not change');
    const sitemap = new XMLParser().parse(await served('/sitemap.xml')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const entry = sitemap.urlset.url.find((url) => new URL(url.loc).pathname === `/posts/${ARTICLE}/`);
    assert.match(String(entry?.lastmod), /^2025-02-03/);
  });

  it('keeps the live site and the content store as they were when an edit breaks an article', async () => {
    const page = await served(`/posts/${ARTICLE}/`);
    const index = fs.readFileSync(file('.content', 'index.json'), 'utf8');
    fs.appendFileSync(articleFile(), '\nA held-back edit.\n');
    fs.writeFileSync(file('content', 'posts', 'broken.md'), '---\ntitle: Broken\ndate: 2023-13-45\n---\nText.\n');
    const publish = await run('publish');
    assert.equal(publish.code, 1);
    assert.match(publish.stderr, /broken\.md:3:1: error: "date" is not a date/);
    assert.equal(fs.readFileSync(file('.content', 'index.json'), 'utf8'), index);
    assert.equal(await served(`/posts/${ARTICLE}/`), page);
    fs.rmSync(file('content', 'posts', 'broken.md'));
  });

  it('changes nothing when the server is not there', async () => {
    const index = fs.readFileSync(file('.content', 'index.json'), 'utf8');
    const publish = await run('publish', { PULSE_SERVER_URL: `http://127.0.0.1:${await freePort()}` });
    assert.equal(publish.code, 1);
    assert.match(publish.stderr, /No server answers at .*\nNothing was published/);
    assert.equal(fs.readFileSync(file('.content', 'index.json'), 'utf8'), index);
  });

  it('keeps the served site byte for byte when a build fails or is interrupted, and the next build works', async () => {
    const page = await served(`/posts/${ARTICLE}/`);
    const index = fs.readFileSync(file('.content', 'index.json'), 'utf8');
    const component = file('components', 'ui', 'post-card.tsx');
    const original = fs.readFileSync(component, 'utf8');
    fs.appendFileSync(articleFile(), '\nAn edit the failed build must not show.\n');
    fs.appendFileSync(component, '\nexport const broken = ;\n');
    const failed = await run('build');
    assert.notEqual(failed.code, 0, 'the build fails on the broken component');
    assert.equal(await served(`/posts/${ARTICLE}/`), page);
    assert.equal(fs.readFileSync(file('.content', 'index.json'), 'utf8'), index, 'the live index is untouched');
    await stopServer();
    await startServer();
    assert.equal(await served(`/posts/${ARTICLE}/`), page, 'a restarted server serves the last good build');

    // Interrupted while Next builds: nothing half-written is left in place.
    fs.writeFileSync(component, original);
    const build = spawn('npm', ['run', 'build', '--silent'], { cwd: dir, env: process.env, stdio: 'ignore', detached: true });
    const exited = new Promise((resolve) => build.once('exit', resolve));
    for (let i = 0; i < 600 && !fs.existsSync(file('.next-staging')); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(fs.existsSync(file('.next-staging')), 'next build started');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.kill(-(build.pid ?? 0), 'SIGTERM');
    await exited;
    assert.equal(await served(`/posts/${ARTICLE}/`), page);
    assert.equal(fs.readFileSync(file('.content', 'index.json'), 'utf8'), index);

    const rebuilt = await run('build');
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    await stopServer();
    await startServer();
    assert.match(await served(`/posts/${ARTICLE}/`), /An edit the failed build must not show\./, 'the next build works, with the edit');
  });

  it('puts new articles live with no build: their pages, the lists, a new tag page, the feeds, the sitemap, search, a chosen url and aliases', async () => {
    fs.writeFileSync(file('content', 'posts', 'a-new-article.md'), '---\ntitle: A new article\ndate: 2024-05-01\ntags: [Brand new tag]\n---\nNew text about a quokka-marker.\n');
    // A title no text may break out of the page's JSON-LD with.
    fs.writeFileSync(file('content', 'posts', 'hostile-title.md'), `---\ntitle: ${JSON.stringify(HOSTILE_TITLE)}\ndate: 2024-04-01\n---\nText.\n`);
    // Hugo's `url`: an article served at a path of its own choosing, with an alias of its own.
    fs.writeFileSync(file('content', 'posts', 'moved-by-url.md'), '---\ntitle: Moved by url\ndate: 2024-03-01\nurl: /guides/moved.html\naliases: [/old/moved/]\n---\nMoved text.\n');
    assert.equal((await fetch(`${origin}/posts/a-new-article/`)).status, 404, 'not there before the publish');
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: \d+ pages live/);

    assert.match(await served('/posts/a-new-article/'), /New text about a quokka-marker\./);
    assert.match(await served('/posts/'), /A new article/);
    assert.match(await served('/'), /A new article/);
    assert.match(await served('/tags/brand-new-tag/'), /A new article/);
    assert.match(await served('/tags/'), /Brand new tag/);
    assert.match(await served('/index.xml'), /A new article/);
    assert.match(await served('/sitemap.xml'), /\/posts\/a-new-article\//);

    const moved = await served('/guides/moved.html');
    assert.match(moved, /Moved text\./);
    assert.ok(moved.includes(`<link rel="canonical" href="${site.url}/guides/moved.html"/>`), 'the chosen url is canonical');
    assert.match(await served('/posts/'), /href="\/guides\/moved\.html"/);
    const redirectOf = async (old: string) => {
      const response = await fetch(origin + old, { redirect: 'manual' });
      return `${response.status} ${new URL(response.headers.get('location') ?? '/', origin).pathname}`;
    };
    for (const old of ['/posts/moved-by-url/', '/old/moved/', '/old/moved']) assert.equal(await redirectOf(old), '308 /guides/moved.html', old);
    fs.appendFileSync(file('content', 'posts', 'moved-by-url.md'), '\nAn edit to a moved article.\n');
    const republish = await run('publish');
    assert.equal(republish.code, 0, republish.stderr);
    assert.match(await served('/guides/moved.html'), /An edit to a moved article\./, 'publishing revalidates the route behind the chosen url');

    // A new alias on a live article: one 308, from the next publish on.
    assert.equal((await fetch(`${origin}/old/new-article/`, { redirect: 'manual' })).status, 404);
    const newFile = file('content', 'posts', 'a-new-article.md');
    fs.writeFileSync(newFile, fs.readFileSync(newFile, 'utf8').replace('date: 2024-05-01\n', 'date: 2024-05-01\naliases: [/old/new-article/]\n'));
    assert.equal((await run('publish')).code, 0);
    assert.equal(await redirectOf('/old/new-article/'), '308 /posts/a-new-article/');

    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const alerts: string[] = [];
      page.on('dialog', (dialog) => void dialog.dismiss().then(() => alerts.push(dialog.message())));
      await page.goto(`${origin}/posts/hostile-title/`);
      const scripts = page.locator('script[type="application/ld+json"]');
      assert.equal(await scripts.count(), 1);
      const graph = (JSON.parse((await scripts.textContent()) ?? '') as { '@graph': { '@type': string; headline?: string }[] })['@graph'];
      assert.equal(graph.find((node) => node['@type'] === 'MedicalWebPage')?.headline, HOSTILE_TITLE);
      assert.equal(await page.title(), `${HOSTILE_TITLE} | Pulse`);
      assert.deepEqual(alerts, [], 'no script from the title ran');
    } finally {
      await browser.close();
    }
  });

  it('takes a removed article down with no build: 404, gone from the lists, its tag, the feeds, the sitemap and search', async () => {
    const searchFinds = async (word: string) => {
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const page = await browser.newPage();
        await page.goto(`${origin}/search/?q=${word}`);
        const status = page.getByRole('main').getByRole('status');
        await status.filter({ hasText: /result/i }).waitFor();
        return /^\d+ results? for/.test((await status.textContent()) ?? '');
      } finally {
        await browser.close();
      }
    };
    assert.ok(await searchFinds('quokka-marker'), 'search finds the new article');
    fs.rmSync(file('content', 'posts', 'a-new-article.md'));
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /taken down/);
    assert.equal((await fetch(`${origin}/posts/a-new-article/`)).status, 404);
    assert.equal((await fetch(`${origin}/tags/brand-new-tag/`)).status, 404, 'the emptied tag is gone');
    assert.equal((await fetch(`${origin}/old/new-article/`, { redirect: 'manual' })).status, 404, 'its alias went with it');
    for (const pathname of ['/', '/posts/', '/tags/', '/index.xml', '/sitemap.xml']) assert.doesNotMatch(await served(pathname), /A new article|a-new-article|Brand new tag/, pathname);
    assert.ok(!(await searchFinds('quokka-marker')), 'search no longer finds it');
  });

  it('serves the same site after a full build (--full: nothing from the compile cache)', async () => {
    await stopServer();
    const build = await run('build', {}, ['--full']);
    assert.equal(build.code, 0, build.stderr);
    const markdownIn = (folder: string) => fs.readdirSync(file('content', folder)).filter((name) => /\.mdx?$/.test(name)).length;
    const files = markdownIn('posts') + markdownIn('pages');
    assert.match(build.stdout, new RegExp(`, ${files} bodies compiled,`), 'every article compiled again');
    await startServer();
    assert.match(await served('/guides/moved.html'), /An edit to a moved article\./);
    assert.match(await served(`/posts/${ARTICLE}/`), /A held-back edit/, 'the full build includes the edit held back before');
    assert.equal((await fetch(`${origin}/posts/a-new-article/`)).status, 404);
  });
});
