// `npx tsx bench/hugo-corpora.ts`: how many posts of the two shared Hugo corpora build unedited and pass
// every check of tests/integration/post-checks.ts. Unlike the integration test it does not stop at the
// first failure: a post whose file fails the build (other than a ref to a page its corpus lacks) counts as
// failing and is left out, so the rest can be built and read. Prints one line a post, then the counts.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import type { IndexedArticle } from '../lib/content/article';
import { copyProject } from '../scripts/copy-project.mjs';
import { freePort } from '../tests/integration/free-port';
import { isDraft, layOutCorpora, stubMissingRefs } from '../tests/integration/hugo-corpora';
import { checkPost } from '../tests/integration/post-checks';

const exec = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-corpora-'));
const content = path.join(dir, 'corpus-content');
const env = { ...process.env, PULSE_CONTENT_DIR: content };
const failed = new Map<string, string[]>();
try {
  copyProject(process.cwd(), dir);
  fs.mkdirSync(content);
  const corpusOf = layOutCorpora(content);
  const check = await exec('npm', ['run', '--silent', 'content:check', '--', '--json'], { cwd: dir, env, maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout: string }) => error);
  const errors = (JSON.parse(check.stdout.slice(check.stdout.indexOf('['))) as { severity: string; file: string; message: string }[]).filter((finding) => finding.severity === 'error');
  for (const error of errors) {
    try {
      stubMissingRefs(content, [error]);
    } catch {
      const file = path.resolve(dir, error.file);
      failed.set(file, [...(failed.get(file) ?? []), `build error: ${error.message.slice(0, 160)}`]);
    }
  }
  for (const file of failed.keys()) fs.renameSync(file, `${file}.left-out`);
  await exec('npm', ['run', 'build', '--silent'], { cwd: dir, env, maxBuffer: 64 * 2 ** 20 });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npm', ['start', '--silent', '--', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  for (let attempt = 0; attempt < 150 && !(await fetch(`${origin}/`).then((r) => r.ok, () => false)); attempt++) await new Promise((r) => setTimeout(r, 200));
  const { articles } = JSON.parse(fs.readFileSync(path.join(dir, '.content', 'index.json'), 'utf8')) as { articles: IndexedArticle[] };
  const byFile = new Map(articles.map((article) => [path.resolve(dir, article.file), article]));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.route(() => true, (route) => (new URL(route.request().url()).origin === origin ? route.fallback() : route.abort()));
  const passing = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [file, corpus] of [...corpusOf].sort()) {
    if (isDraft(fs.readFileSync(failed.has(file) ? `${file}.left-out` : file, 'utf8'))) continue;
    total.set(corpus, (total.get(corpus) ?? 0) + 1);
    const article = byFile.get(file);
    let failures = failed.get(file) ?? [];
    if (failures.length === 0 && !article) failures = ['not a public article'];
    if (failures.length === 0 && article) failures = (await checkPost(page, origin, { url: article.url, title: article.title, source: fs.readFileSync(file, 'utf8') })).failures;
    if (failures.length === 0) passing.set(corpus, (passing.get(corpus) ?? 0) + 1);
    console.log(`${failures.length === 0 ? 'PASS' : 'FAIL'} ${corpus}/${path.relative(content, file)}${failures.length ? `\n    ${failures.join('\n    ')}` : ''}`);
  }
  await browser.close();
  process.kill(-server.pid!, 'SIGTERM');
  await exited;
  for (const [corpus, count] of total) console.log(`${corpus}: ${passing.get(corpus) ?? 0} of ${count} posts build unedited and pass every check`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
