import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildContent } from './build';
import { readStoreIndex } from './store';

const run = promisify(execFile);
const FIXTURES = 'lib/content/__fixtures__';

function scratch(): { storeDir: string; cacheDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-build-'));
  return { storeDir: path.join(dir, 'store'), cacheDir: path.join(dir, 'cache') };
}

describe('buildContent', () => {
  it('builds the real content: drafts left out, newest first, each compiled once into the store', async () => {
    const dirs = scratch();
    const result = await buildContent({ contentDir: 'content/posts', ...dirs });
    assert.deepEqual(result.problems, []);
    const { articles } = readStoreIndex(dirs.storeDir);
    assert.equal(articles.length, result.articles);
    assert.ok(articles.some((a) => a.slug === 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee'));
    assert.ok(articles.every((a) => !a.draft), 'no draft in the store');
    const dates = articles.map((a) => a.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const storeText = fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8');
    assert.doesNotMatch(storeText, /zebra-quasar-lighthouse/, "the draft's text is nowhere in the store");
    assert.equal(fs.readdirSync(dirs.cacheDir).length, result.articles + result.drafts, 'one cached compile per article');
  });

  it('lists every bad file in one run and writes nothing', async () => {
    const dirs = scratch();
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'bad'), ...dirs });
    const files = new Set(result.problems.map((p) => path.basename(p.file)));
    assert.deepEqual([...files].sort(), ['broken-syntax.mdx', 'impossible-date.md', 'missing-title.md', 'unknown-component.mdx', 'unterminated-front-matter.md']);
    assert.ok(result.problems.every((p) => p.line >= 1 && p.message.length > 20));
    assert.equal(fs.existsSync(dirs.storeDir), false);
  });

  it('fails when two files claim the same URL, naming both', async () => {
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'clash'), ...scratch() });
    assert.equal(result.problems.length, 2);
    assert.match(result.problems[0].message, /the URL \/posts\/first\/ is also claimed by .*clash\/second\.md/);
    assert.match(result.problems[1].message, /the URL \/posts\/first\/ is also claimed by .*clash\/first\.md/);
  });

  it('keeps the last good store when a later build fails', async () => {
    const dirs = scratch();
    await buildContent({ contentDir: 'content/posts', ...dirs });
    const before = fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8');
    await buildContent({ contentDir: path.join(FIXTURES, 'bad'), ...dirs });
    assert.equal(fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8'), before);
  });
});

describe('npm run content on bad input', () => {
  it('prints file:line:col errors for every bad file, no stack trace, and exits 1', async () => {
    const failure = await run('npx', ['tsx', 'scripts/build-content.ts'], { env: { ...process.env, PULSE_CONTENT_DIR: path.join(FIXTURES, 'bad') } }).then(
      () => assert.fail('the content build should fail'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    const lines = failure.stderr.split('\n').filter((line) => line.includes(': error: '));
    assert.equal(lines.length, 5);
    for (const line of lines) assert.match(line, /^lib\/content\/__fixtures__\/bad\/[\w-]+\.mdx?:\d+:\d+: error: .+/);
    assert.match(failure.stderr, /5 problems in 5 files\. Fix them and build again; the site was not changed\./);
    assert.doesNotMatch(failure.stderr, /^\s+at /m, 'no stack trace');
  });
});
