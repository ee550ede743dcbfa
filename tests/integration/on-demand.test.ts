// Pages rendered on their first request, through the real thing: a copy of the project with more articles
// than the build prerenders (PULSE_PRERENDER_ARTICLES) is built with `npm run build` and served by
// `npm start`. An old article is rendered when first asked for, then served from Next's cache until
// `npm run publish` revalidates it; unknown slugs answer 404 without adding anything to that cache.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { generateArticles } from '../../bench/gen-articles.mjs';
import type { IndexedArticle } from '../../lib/content/article';
import { readStoreIndex } from '../../lib/content/store';
import { termUrl } from '../../lib/content/urls';
import { copyProject } from '../../scripts/copy-project.mjs';
import { runNpmScript, startNpmServer, type NpmStart } from './npm-project';

const SECRET = 'a-test-secret';
const PRERENDERED = 5;
// The search index in parts of this many articles, merged in the browser (lib/content/pipeline/search-index.ts).
const SEARCH_PART = 10;
const DRAFT_MARKER = 'zebra-quasar-lighthouse';

let dir = '';
let origin = '';
let articles: IndexedArticle[] = [];
const file = (...parts: string[]) => path.join(dir, ...parts);
const env = () => ({ ...process.env, REVALIDATE_SECRET: SECRET, PULSE_SERVER_URL: origin, PULSE_PRERENDER_ARTICLES: String(PRERENDERED), PULSE_SEARCH_PART_SIZE: String(SEARCH_PART) });

const run = (script: string) => runNpmScript(dir, script, env());

let running: NpmStart | null = null;

async function startServer(): Promise<void> {
  running = await startNpmServer(dir, { ...env(), PREVIEW_SECRET: '' });
  origin = running.origin;
}

/** Every file under Next's server folder, where it keeps the pages it built and the pages it renders (or
 * first serves) after. */
function cachedFiles(): string[] {
  const root = file('.next', 'server');
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(root, name)).isFile())
    .sort();
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 50 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(condition(), what);
}

/** The text of an article's file with a new title, or with a sentence added to its body. */
const retitled = (text: string, title: string) => text.replace(/^title: .*$/m, `title: "${title}"`);
const articleFile = (article: IndexedArticle) => file(article.file);
/** Text as React writes it into HTML. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('pages rendered on their first request', { timeout: 1_200_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-on-demand-'));
    copyProject(process.cwd(), dir);
    // Eight times as many articles as the build prerenders, beside the project's own (a draft among them).
    generateArticles({ n: 40, seed: 7, out: file('content', 'posts') });
    const build = await run('build');
    assert.equal(build.code, 0, build.stderr);
    articles = readStoreIndex(file('.content')).articles;
    assert.ok(articles.length > 8 * PRERENDERED, `${articles.length} articles`);
    await startServer();
  });
  after(async () => {
    await running?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('renders an old article on its first request, then serves it from the cache with the headers of a prerendered page', async () => {
    const old = articles.at(-1);
    assert.ok(old);
    const slug = old.url.split('/').at(-2) ?? '';
    const named = () => cachedFiles().filter((name) => name.includes(`posts/${slug}.`));
    assert.deepEqual(named(), [], 'the build did not render it');
    const started = performance.now();
    const first = await fetch(origin + old.url);
    const html = await first.text();
    console.log(`first request of ${old.url}: ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(first.status, 200);
    assert.ok(html.includes(`>${asHtml(old.title)}</h1>`), 'its title');
    await waitFor(() => named().length > 0, 'its first request stored it');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const second = await fetch(origin + old.url);
    assert.equal(await second.text(), html);
    // The same page by another spelling of its URL is the same cached page, not one more.
    const stored = cachedFiles();
    const respelled = old.url.replace(/^\/posts\/(.)/, (_, first: string) => `/posts/%${first.charCodeAt(0).toString(16).toUpperCase()}`);
    assert.equal((await fetch(origin + respelled)).status, 200, respelled);
    assert.deepEqual(cachedFiles(), stored, respelled);
    assert.ok(first.headers.get('etag'));
    assert.equal(second.headers.get('etag'), first.headers.get('etag'));
    const prerendered = await fetch(origin + articles[0].url);
    assert.equal(prerendered.status, 200);
    assert.equal(first.headers.get('cache-control'), prerendered.headers.get('cache-control'));

    // The content store changes without a publish: a render would show the new title, the cache shows the old.
    const source = fs.readFileSync(articleFile(old), 'utf8');
    fs.writeFileSync(articleFile(old), retitled(source, 'Retitled by the on-demand test'));
    const content = await run('content');
    assert.equal(content.code, 0, content.stderr);
    assert.equal(await (await fetch(origin + old.url)).text(), html, 'served from the cache, not rendered again');

    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(await (await fetch(origin + old.url)).text(), /Retitled by the on-demand test/, 'publish revalidates it');
  });

  it('publishes an edit to an article no reader has asked for yet', async () => {
    const untouched = articles.at(-2);
    assert.ok(untouched);
    fs.appendFileSync(articleFile(untouched), '\nA sentence about an okapi-marker, added by a test.\n');
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    assert.match(publish.stdout, /Published: 1 page live/);
    assert.match(await (await fetch(origin + untouched.url)).text(), /okapi-marker/);
  });

  it('renders later list pages and term pages on their first request', async () => {
    const later = ['/posts/page/2/', '/posts/page/4/'];
    for (const pathname of later) assert.equal((await fetch(origin + pathname)).status, 200, pathname);
    const html = await (await fetch(origin + '/tags/')).text();
    const termPages = [...html.matchAll(/href="(\/(?:tags|categories)\/[^"]+\/)"/g)].map(([, href]) => href);
    assert.ok(termPages.length > 0);
    for (const pathname of termPages) assert.equal((await fetch(origin + pathname)).status, 200, pathname);
  });

  it('answers 1000 unknown slugs with the 404 page, keeping nothing of them', async () => {
    // The 404 page itself is stored once, the first time it is served.
    assert.equal((await fetch(`${origin}/posts/a-first-unknown-slug/`)).status, 404);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const tagged = articles.find((article) => article.tags.length > 0);
    assert.ok(tagged);
    const before = cachedFiles();
    const random = () => Math.random().toString(36).slice(2);
    const shapes = [
      () => `/posts/${random()}/`,
      () => `/tags/${random()}/`,
      () => `/categories/${random()}/page/2/`,
      () => `${termUrl(tagged.tags[0])}page/${1000 + Math.floor(Math.random() * 1e6)}/`,
      () => `/posts/page/${random()}/`,
      () => `/posts/page/0${2 + Math.floor(Math.random() * 3)}/`,
      () => `/archives/${1000 + Math.floor(Math.random() * 800)}/`,
      () => `/health-a-z/${random()}/`,
      () => `/series/${random()}/`,
      () => `/tags/page/${2 + Math.floor(Math.random() * 1e6)}/`,
    ];
    const paths = Array.from({ length: 1000 }, (_, i) => shapes[i % shapes.length]());
    const queue = [...paths];
    const wrong: string[] = [];
    const worker = async () => {
      for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
        const response = await fetch(origin + pathname);
        const body = await response.text();
        if (response.status !== 404 || !body.includes('Page not found')) wrong.push(`${pathname} ${response.status}`);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: 8 }, worker));
    console.log(`1000 unknown slugs: ${(performance.now() - started).toFixed(0)} ms; files in the cache folder ${before.length} before, ${cachedFiles().length} after`);
    assert.deepEqual(wrong, []);
    assert.deepEqual(cachedFiles(), before);
  });

  it('never renders a draft', async () => {
    const draft = '/posts/vitamin-d-what-you-need-to-know/';
    assert.equal((await fetch(origin + draft)).status, 404);
    const leaks = cachedFiles().filter((name) => {
      const full = file('.next', 'server', name);
      return fs.statSync(full).isFile() && fs.readFileSync(full, 'utf8').includes(DRAFT_MARKER);
    });
    assert.deepEqual(leaks, []);
  });

  it('searches every part of an index written in parts, after a publish too', async () => {
    const parts = (await (await fetch(`${origin}/pagefind/parts.json`)).json()) as string[];
    assert.ok(parts.length >= 3, `parts: ${JSON.stringify(parts)}`);
    // The oldest article is in the last part; a word only it holds, published.
    const oldest = articles.filter((article) => !article.searchHidden).at(-1)!;
    const marker = 'okapi-marker-in-the-last-part';
    fs.appendFileSync(articleFile(oldest), `\nA sentence about an ${marker}.\n`);
    const publish = await run('publish');
    assert.equal(publish.code, 0, publish.stderr);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/search/?q=${marker}`);
      const results = page.getByRole('list', { name: /^Results for/ });
      await results.getByRole('link').first().waitFor();
      assert.equal(new URL((await results.getByRole('link').first().getAttribute('href')) ?? '', origin).pathname, oldest.url);
      // A word every article holds finds articles of every part.
      await page.goto(`${origin}/search/?q=doctor`);
      await results.getByRole('link').first().waitFor();
      const found = Number(/^(\d+) results?/.exec((await page.getByRole('main').getByRole('status').textContent()) ?? '')?.[1] ?? 0);
      assert.ok(found > SEARCH_PART, `${found} results: more than one part's articles`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
