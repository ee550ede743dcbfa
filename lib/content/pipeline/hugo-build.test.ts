import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readStoreIndex } from '../store';
import { buildContent } from './build';
import { compileBody } from './compile';

function site(files: Record<string, string>): { contentDir: string; storeDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-hugo-'));
  const contentDir = path.join(root, 'posts');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, name), text);
  }
  return { contentDir, storeDir: path.join(root, 'store') };
}

const post = (front: string, body = 'Text.') => `---\ntitle: "A post"\ndescription: "d"\ndate: 2024-01-01\n${front}---\n\n${body}\n`;

describe('publishDate and expiryDate', () => {
  it('leave scheduled and expired articles out of the index and the store, and report them', async () => {
    const dirs = site({
      'now.md': post('publishDate: 2024-05-01\nexpiryDate: 2025-01-01\n'),
      'later.md': post('publishDate: 2024-06-20\n', 'zebra-quasar-scheduled'),
      'gone.md': post('expiryDate: 2024-06-10\n', 'zebra-quasar-expired'),
      'draft.md': post('draft: true\n'),
    });
    const result = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.index.map((article) => article.slug), ['now']);
    assert.equal(result.drafts, 1);
    // Midnight in the site's time zone (London, on summer time): 23:00 UTC the day before.
    assert.deepEqual(result.scheduled, [{ file: path.relative(process.cwd(), path.join(dirs.contentDir, 'later.md')), at: '2024-06-19T23:00:00.000Z' }]);
    assert.deepEqual(result.expired, [{ file: path.relative(process.cwd(), path.join(dirs.contentDir, 'gone.md')), at: '2024-06-09T23:00:00.000Z' }]);
    for (const name of fs.readdirSync(path.join(dirs.storeDir, 'bodies'))) {
      assert.doesNotMatch(fs.readFileSync(path.join(dirs.storeDir, 'bodies', name), 'utf8'), /zebra-quasar/, 'nothing of a hidden article is stored');
    }
    // On the publish day, the same store publishes it; once expired, an unchanged entry is left out.
    const later = await buildContent({ ...dirs, now: new Date('2024-06-20T12:00:00Z') });
    assert.deepEqual(later.index.map((article) => article.slug).sort(), ['later', 'now']);
    const afterExpiry = await buildContent({ ...dirs, now: new Date('2025-01-01T12:00:00Z') });
    assert.deepEqual(afterExpiry.index.map((article) => article.slug), ['later']);
    assert.deepEqual(afterExpiry.expired.map((article) => path.basename(article.file)), ['gone.md', 'now.md']);
  });
});

describe('Hugo front matter in the model', () => {
  it('reads weight, keywords, series, math, disableHLJS and publishDate, in any case', async () => {
    const dirs = site({ 'a.md': post('Weight: 3\nkeywords: knee, pain\nseries: Knee guide\nmath: true\ndisableHLJS: true\npublishDate: 2024-01-02\nlastmod: 2024-02-01\n') });
    const result = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    const [article] = readStoreIndex(dirs.storeDir).articles;
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      { weight: article.weight, keywords: article.keywords, series: article.series, math: article.math, disableHljs: article.disableHljs, publishDate: article.publishDate, lastmod: article.lastmod },
      { weight: 3, keywords: ['knee, pain'], series: ['Knee guide'], math: true, disableHljs: true, publishDate: '2024-01-02', lastmod: '2024-02-01' },
    );
    assert.ok(!article.warnings.some((warning) => warning.rule === 'unknown-key'), 'none of them is an unknown key');
  });

  it('refuses a weight that is not a whole number, with its line', async () => {
    const dirs = site({ 'a.md': post('weight: heavy\n') });
    const result = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    assert.match(result.problems[0]?.message ?? '', /"weight" must be a whole number/);
    assert.equal(result.problems[0]?.line, 5);
  });
});

describe('ref and relref across the site', () => {
  it('resolve to the target\'s URL (its slug or url), and fail the build with file and line when missing', async () => {
    const dirs = site({
      'from.md': post('', 'See [knee]({{< ref "knee.md" >}}), [hip]({{< relref "/posts/guides/hip" >}}).\n\nAnd [gone]({{< ref "nowhere" >}}).'),
      'knee.md': post('slug: knee-pain\n'),
      'guides/hip/index.md': post('url: /guides/hip/\n'),
    });
    const result = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    const from = path.relative(process.cwd(), path.join(dirs.contentDir, 'from.md'));
    assert.deepEqual(result.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}`), [`${from}:9:12`]);
    assert.match(result.problems[0].message, /\{\{< ref "nowhere" >\}\} names no article of this site/);

    fs.writeFileSync(path.join(dirs.contentDir, 'from.md'), post('', 'See [knee]({{< ref "knee.md" >}}), [hip]({{< relref "/posts/guides/hip" >}}).'));
    const fixed = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    assert.deepEqual(fixed.problems, []);
    const entry = fixed.index.find((article) => article.slug === 'from');
    assert.deepEqual(entry?.refs.map((ref) => ref.url), ['/posts/knee-pain/', '/guides/hip/']);

    // The target's slug changes: the referring article, unchanged, is compiled again with the new URL.
    fs.writeFileSync(path.join(dirs.contentDir, 'knee.md'), post('slug: knee-ache\n'));
    const moved = await buildContent({ ...dirs, now: new Date('2024-06-15T12:00:00Z') });
    assert.deepEqual(moved.index.find((article) => article.slug === 'from')?.refs.map((ref) => ref.url), ['/posts/knee-ache/', '/guides/hip/']);
  });
});

describe('heading ids written {#like-this}', () => {
  it('give the heading that id and leave the text without it', async () => {
    const body = await compileBody({ file: 'h.md', format: 'md', title: 'T', body: '## Causes {#why}\n\n## Signs {#signs .wide}\n\n## Plain\n\n## Reserved {#main-content}\n' });
    assert.deepEqual(body.headings, [
      { depth: 2, id: 'why', text: 'Causes' },
      { depth: 2, id: 'signs', text: 'Signs' },
      { depth: 2, id: 'plain', text: 'Plain' },
      { depth: 2, id: 'reserved', text: 'Reserved' },
    ]);
    assert.doesNotMatch(body.code, /\{#/);
  });
});
