import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import type { IndexedArticle } from '../../lib/content/article';
import { copyProject } from '../../scripts/copy-project.mjs';
import { freePort } from './free-port';

// A site built from the 30 real Hugo posts in ../shared/corpus (read from there, never copied into the
// project), served by `npm start`, and every public post read in a browser.
const exec = promisify(execFile);
const CORPUS = path.resolve('../shared/corpus');

let dir = '';
let origin = '';
let server: ChildProcess | null = null;


describe('a site built from the real Hugo corpus', { skip: !fs.existsSync(CORPUS) && `${CORPUS} is not here`, timeout: 900_000 }, () => {
  const content = () => path.join(dir, 'corpus-content');
  const env = () => ({ ...process.env, PULSE_CONTENT_DIR: content() });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-corpus-'));
    copyProject(process.cwd(), dir);
    fs.mkdirSync(content());
    for (const name of fs.readdirSync(CORPUS).filter((file) => file.endsWith('.md') && file !== 'README.md')) fs.copyFileSync(path.join(CORPUS, name), path.join(content(), name));
    // Some posts ref pages of their own sites that the corpus does not hold: those sites have them, so the
    // test gives each a stub page where the ref points, as the site would.
    const check = await exec('npm', ['run', 'content:check', '--silent', '--', '--json'], { cwd: dir, env: env(), maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout: string }) => error);
    for (const finding of JSON.parse(check.stdout) as { severity: string; message: string }[]) {
      const target = /\{\{< (?:rel)?ref "([^"]+)" >\}\} names no article/.exec(finding.message)?.[1];
      if (finding.severity !== 'error') continue;
      assert.ok(target, `only missing ref targets may fail the corpus build: ${finding.message}`);
      const stub = path.join(content(), `${target.replace(/^\/+|\/+$/g, '')}.md`);
      fs.mkdirSync(path.dirname(stub), { recursive: true });
      fs.writeFileSync(stub, `---\ntitle: ${JSON.stringify(path.basename(stub, '.md'))}\ndate: 2020-01-01\n---\nA page the corpus links to.\n`);
    }
    const build = await exec('npm', ['run', 'build', '--silent'], { cwd: dir, env: env(), maxBuffer: 64 * 2 ** 20 });
    console.log(`corpus build warnings:\n${build.stderr.split('\n').filter((line) => / warning: /.test(line)).map((line) => line.replace(/^.*? warning: /, '')).join('\n').slice(0, 4000)}`);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn('npm', ['start', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: env(), stdio: 'ignore', detached: true });
    for (let attempt = 0; attempt < 150 && !(await fetch(`${origin}/`).then((r) => r.ok, () => false)); attempt++) await new Promise((r) => setTimeout(r, 200));
  });
  after(async () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('serves every public post with its title, no shortcode or front matter text, code highlighted, math as MathML, and no console error', async () => {
    const { articles } = JSON.parse(fs.readFileSync(path.join(dir, '.content', 'index.json'), 'utf8')) as { articles: IndexedArticle[] };
    const posts = articles.filter((article) => !article.file.includes(`${path.sep}blog${path.sep}`) && !article.file.includes(`${path.sep}series${path.sep}`));
    assert.ok(posts.length >= 25, `${posts.length} public corpus posts`);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`)));
      page.on('pageerror', (error) => void errors.push(`${page.url()}: ${error.message}`));
      const foreign: string[] = [];
      await page.route(() => true, (route) => (new URL(route.request().url()).origin === origin ? route.fallback() : (foreign.push(route.request().url()), route.abort())));
      for (const post of posts) {
        const source = fs.readFileSync(path.join(dir, post.file), 'utf8');
        const body = source.replace(/^(---|\+\+\+)[\s\S]*?\n\1\s*\n/, '');
        const response = await page.goto(origin + post.url);
        assert.equal(response?.status(), 200, post.url);
        assert.equal((await page.locator('h1').first().innerText()).trim(), post.title, post.url);
        const text = await page.locator('main').innerText();
        assert.doesNotMatch(text, /\{\{[<%]/, `${post.url}: shortcode text on the page`);
        // The file's own front-matter lines, as written (its title and date lines), are nowhere on the page.
        const frontMatter = /^(---|\+\+\+)\n([\s\S]*?)\n\1/.exec(source)?.[2] ?? '';
        for (const line of frontMatter.split('\n').filter((written) => /^(title|date)\s*[:=]/.test(written))) {
          assert.ok(!text.includes(line.trim()), `${post.url}: front matter on the page: ${line}`);
        }
        if (/^\s*(```|~~~)/m.test(body)) assert.ok((await page.locator('pre.shiki').count()) > 0, `${post.url}: fenced code is highlighted`);
        if (/^math:\s*true/im.test(source) && /\$[^$\s][^$]*\$/.test(body)) assert.ok((await page.locator('math').count()) > 0, `${post.url}: math is MathML`);
      }
      // The corpus holds the posts' Markdown only, not the images beside them (Hugo page bundles): the
      // browser's 404 log for those is the corpus's gap, not a page's error. Any other console error fails.
      const missingFiles = errors.filter((error) => /Failed to load resource: the server responded with a status of 404/.test(error));
      console.log(`corpus: ${missingFiles.length} requests for images the corpus does not include`);
      assert.deepEqual(errors.filter((error) => !missingFiles.includes(error)), []);
      assert.deepEqual(foreign, [], 'no request to another host');
    } finally {
      await browser.close();
    }
  });
});
