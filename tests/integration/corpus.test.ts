import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import type { IndexedArticle } from '../../lib/content/article';
import { copyProject } from '../../scripts/copy-project.mjs';
import { startNpmServer, type NpmStart } from './npm-project';
import { corporaPresent, isDraft, layOutCorpora, stubMissingRefs } from './hugo-corpora';
import { bodyOf, checkPost, type PostResult } from './post-checks';

// A site built, unedited, from both shared corpora of real Hugo posts (../shared/corpus and
// ../shared/corpus-themes, page bundles included; read from there, never copied into the project), served
// by `npm start`, and every post read in a browser.
const exec = promisify(execFile);

let dir = '';
let origin = '';
let running: NpmStart | null = null;
let stubs: string[] = [];
let corpusOf = new Map<string, string>();

describe('a site built from the real Hugo corpora', { skip: !corporaPresent() && 'the shared corpora are not here', timeout: 1_500_000 }, () => {
  const content = () => path.join(dir, 'corpus-content');
  const env = () => ({ ...process.env, PULSE_CONTENT_DIR: content() });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-corpus-'));
    copyProject(process.cwd(), dir);
    fs.mkdirSync(content());
    corpusOf = layOutCorpora(content());
    const check = await exec('npm', ['run', '--silent', 'content:check', '--', '--json'], { cwd: dir, env: env(), maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout: string }) => error);
    const findings = JSON.parse(check.stdout) as { severity: string; file: string; message: string }[];
    stubs = stubMissingRefs(content(), findings.filter((finding) => finding.severity === 'error'));
    const build = await exec('npm', ['run', 'build', '--silent'], { cwd: dir, env: env(), maxBuffer: 64 * 2 ** 20 });
    console.log(`corpus build warnings:\n${build.stderr.split('\n').filter((line) => / warning: /.test(line)).map((line) => line.replace(/^.*? warning: /, '')).join('\n').slice(0, 6000)}`);
    running = await startNpmServer(dir, env());
    origin = running.origin;
  });
  after(async () => {
    await running?.stop();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it('serves every post with its title, words, headings and images, no shortcode text, code highlighted, math as MathML, and no console error', async () => {
    const { articles } = JSON.parse(fs.readFileSync(path.join(dir, '.content', 'index.json'), 'utf8')) as { articles: IndexedArticle[] };
    const posts = articles.filter((article) => corpusOf.has(path.resolve(dir, article.file)) && !stubs.includes(path.resolve(dir, article.file)));
    const published = [...corpusOf.keys()].filter((file) => !isDraft(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(posts.map((post) => path.resolve(dir, post.file)).sort(), published.sort(), 'every corpus post but the drafts is a public article');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const results: (PostResult & { corpus: string })[] = [];
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => void (message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`)));
      page.on('pageerror', (error) => void errors.push(`${page.url()}: ${error.message}`));
      const foreign: string[] = [];
      await page.route(() => true, (route) => (new URL(route.request().url()).origin === origin ? route.fallback() : (foreign.push(route.request().url()), route.abort())));
      for (const post of posts) {
        const source = fs.readFileSync(path.join(dir, post.file), 'utf8');
        const result = await checkPost(page, origin, { url: post.url, title: post.title, source });
        const body = bodyOf(source);
        if (/^\s*(```|~~~)/m.test(body) && !post.disableHljs && (await page.locator('pre.shiki').count()) === 0) result.failures.push('fenced code is not highlighted');
        if (/^math:\s*true/im.test(source) && /\$[^$\s][^$]*\$/.test(body) && (await page.locator('math').count()) === 0) result.failures.push('math is not MathML');
        results.push({ ...result, corpus: corpusOf.get(path.resolve(dir, post.file))! });
      }
      for (const corpus of new Set(corpusOf.values())) {
        const own = results.filter((result) => result.corpus === corpus);
        console.log(`${corpus}: ${own.filter((result) => result.failures.length === 0).length} of ${own.length} posts pass every check`);
      }
      const failing = results.filter((result) => result.failures.length > 0);
      assert.deepEqual(failing.map(({ url, failures }) => `${url}: ${failures.join('; ')}`), []);
      assert.deepEqual(errors, [], 'no console error');
      assert.deepEqual(foreign, [], 'no request to another host');
    } finally {
      await browser.close();
    }
  });
});
