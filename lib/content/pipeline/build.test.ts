import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildContent } from './build';
import { readStoreIndex } from '../store';
import { isRemoval } from './plugins/warn';

const run = promisify(execFile);
const FIXTURES = 'lib/content/pipeline/__fixtures__';

function scratch(): { storeDir: string } {
  return { storeDir: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-build-')), 'store') };
}

describe('buildContent', () => {
  it('builds the real content: drafts left out, newest first, each compiled once into the store', async () => {
    const dirs = scratch();
    const result = await buildContent({ contentDir: 'content/posts', ...dirs });
    assert.deepEqual(result.problems, []);
    const { articles } = readStoreIndex(dirs.storeDir);
    assert.equal(articles.length, result.articles);
    assert.deepEqual(result.index, articles, 'the build returns the index it published');
    assert.ok(articles.some((a) => a.slug === 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee'));
    assert.ok(articles.every((a) => !a.draft), 'no draft in the store');
    const dates = articles.map((a) => a.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    const bodies = fs.readdirSync(path.join(dirs.storeDir, 'bodies'));
    assert.deepEqual(bodies.sort(), articles.map((a) => `${a.bodyKey}.json`).sort(), 'one stored body per public article');
    for (const file of ['index.json', ...bodies.map((b) => `bodies/${b}`)]) {
      assert.doesNotMatch(fs.readFileSync(path.join(dirs.storeDir, file), 'utf8'), /zebra-quasar-lighthouse/, `the draft's text is not in ${file}`);
    }
  });

  it('builds the same store compiling on worker threads as in-process, problems included', async () => {
    const [inProcess, pooled] = [scratch(), scratch()];
    const [a, b] = await Promise.all([
      buildContent({ contentDir: `${FIXTURES}/hugo`, ...inProcess, workers: 0 }),
      buildContent({ contentDir: `${FIXTURES}/hugo`, ...pooled, workers: 2, poolThreshold: 1 }),
    ]);
    assert.ok(a.compiled > 1);
    assert.deepEqual(b, a);
    const bodies = (dirs: { storeDir: string }) => fs.readdirSync(path.join(dirs.storeDir, 'bodies')).sort().map((name) => fs.readFileSync(path.join(dirs.storeDir, 'bodies', name), 'utf8'));
    assert.deepEqual(bodies(pooled), bodies(inProcess));
    const [badA, badB] = await Promise.all([
      buildContent({ contentDir: `${FIXTURES}/bad`, ...scratch(), workers: 0 }),
      buildContent({ contentDir: `${FIXTURES}/bad`, ...scratch(), workers: 2, poolThreshold: 1 }),
    ]);
    assert.ok(badA.problems.length > 0);
    assert.deepEqual(badB.problems, badA.problems);
  });

  it('recompiles only the articles that changed', async () => {
    const dirs = scratch();
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-content-'));
    for (const name of fs.readdirSync('content/posts')) fs.copyFileSync(path.join('content/posts', name), path.join(contentDir, name));
    await buildContent({ contentDir, ...dirs });
    const before = new Map(readStoreIndex(dirs.storeDir).articles.map((a) => [a.slug, a.bodyKey]));
    const changed = path.join(contentDir, 'sleep-hygiene-habits-for-better-sleep.md');
    fs.appendFileSync(changed, '\nOne more line.\n');
    const second = await buildContent({ contentDir, ...dirs });
    // Only the edited article: the unchanged draft compiled cleanly before (its text is not kept, a mark is).
    assert.equal(second.compiled, 1);
    const after = readStoreIndex(dirs.storeDir).articles;
    for (const article of after) {
      const same = before.get(article.slug) === article.bodyKey;
      assert.equal(same, article.slug !== 'sleep-hygiene-habits-for-better-sleep', article.slug);
    }
    assert.equal(fs.readdirSync(path.join(dirs.storeDir, 'bodies')).length, after.length, 'the stale body was removed');
  });

  it('takes unchanged files from the published index without reading them again, unless their body is gone', async () => {
    const dirs = scratch();
    const first = await buildContent({ contentDir: 'content/posts', ...dirs });
    const again = await buildContent({ contentDir: 'content/posts', ...dirs });
    assert.equal(again.compiled, 0);
    assert.deepEqual(again.index, first.index);
    fs.rmSync(path.join(dirs.storeDir, 'bodies', `${first.index[0].bodyKey}.json`));
    const repaired = await buildContent({ contentDir: 'content/posts', ...dirs });
    assert.equal(repaired.compiled, 1);
    assert.ok(fs.existsSync(path.join(dirs.storeDir, 'bodies', `${first.index[0].bodyKey}.json`)));
  });

  it('compiles without publishing when asked, leaving the published index as it was', async () => {
    const dirs = scratch();
    const first = await buildContent({ contentDir: 'content/posts', ...dirs });
    const published = fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8');
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-content-'));
    for (const name of fs.readdirSync('content/posts')) fs.copyFileSync(path.join('content/posts', name), path.join(contentDir, name));
    fs.appendFileSync(path.join(contentDir, 'sleep-hygiene-habits-for-better-sleep.md'), '\nOne more line.\n');
    const compiledOnly = await buildContent({ contentDir, ...dirs, publish: false });
    assert.deepEqual(compiledOnly.problems, []);
    assert.notDeepEqual(compiledOnly.index, first.index);
    assert.equal(fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8'), published);
    for (const article of [...first.index, ...compiledOnly.index]) {
      assert.ok(fs.existsSync(path.join(dirs.storeDir, 'bodies', `${article.bodyKey}.json`)), 'old and new bodies are both kept');
    }
  });

  it("refuses aliases that take a page or another article's alias, naming each file and line", async () => {
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'aliases'), ...scratch() });
    const lines = result.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.ok(lines.some((line) => /^first\.md:4: the alias \/old\/shared\/ is also claimed by .*second\.md:5/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^second\.md:5: the alias \/old\/shared\/ is also claimed by .*first\.md:4/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^first\.md:4: the alias \/posts\/second\/ is the URL of .*second\.md/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^second\.md:5: the alias \/tags\/x\/ is a page of the site/.test(line)), lines.join('\n'));
    assert.deepEqual(result.index, []);
  });

  it("serves an article at its front matter's url, and refuses a url that is a page of the site or another article's route", async () => {
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'custom-urls'), ...scratch() });
    const lines = result.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
    assert.deepEqual(lines, [
      'takes-route.md:5: the url /posts/moved-away/ is where lib/content/pipeline/__fixtures__/custom-urls/moved-away.md is published. Choose another url, or rename that article.',
      "takes-tag.md:4: the url /tags/heart/ is a page of the site (the home page, a list, a tag page or Next's own paths). Choose another url.",
    ].map((line) => line.replace('lib/content/pipeline/__fixtures__/custom-urls/', path.join(FIXTURES, 'custom-urls') + '/')));

    const good = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-urls-'));
    for (const name of ['guide.md', 'moved-away.md']) fs.copyFileSync(path.join(FIXTURES, 'custom-urls', name), path.join(good, name));
    const built = await buildContent({ contentDir: good, ...scratch() });
    assert.deepEqual(built.problems, []);
    assert.deepEqual(built.index.map((article) => [article.url, article.routeUrl]), [
      ['/guides/knee/', '/posts/guide/'],
      ['/elsewhere/moved-away.html', '/posts/moved-away/'],
    ]);
    fs.rmSync(good, { recursive: true, force: true });
  });

  it('lists every bad file in one run and writes nothing', async () => {
    const dirs = scratch();
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'bad'), ...dirs });
    const files = new Set(result.problems.map((p) => path.basename(p.file)));
    assert.deepEqual([...files].sort(), ['broken-syntax.mdx', 'impossible-date.md', 'unknown-component.mdx', 'unterminated-front-matter.md']);
    assert.ok(result.problems.every((p) => p.line >= 1 && p.message.length > 20));
    assert.equal(fs.existsSync(path.join(dirs.storeDir, 'index.json')), false);
  });

  it('fails when two files claim the same URL, naming both', async () => {
    const result = await buildContent({ contentDir: path.join(FIXTURES, 'clash'), ...scratch() });
    assert.equal(result.problems.length, 2);
    assert.match(result.problems[0].message, /the URL \/posts\/first\/ is also claimed by .*clash\/second\.md/);
    assert.match(result.problems[1].message, /the URL \/posts\/first\/ is also claimed by .*clash\/first\.md/);
  });

  it('reports what compiling removed, again from the index when nothing changed, and for drafts too', async () => {
    const dirs = scratch();
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-content-'));
    fs.copyFileSync(path.join(FIXTURES, 'hostile', 'unsafe-html.md'), path.join(contentDir, 'unsafe.md'));
    fs.writeFileSync(path.join(contentDir, 'draft.md'), '---\ntitle: Draft\ndraft: true\n---\n\n<script>x</script>\n');
    const first = await buildContent({ contentDir, ...dirs });
    assert.deepEqual(first.problems, []);
    const where = (result: typeof first) => result.warnings.filter(isRemoval).map((w) => `${path.basename(w.file)}:${w.line}:${w.rule}`);
    assert.equal(where(first)[0], 'draft.md:6:unsafe-html');
    assert.equal(where(first).filter((w) => w.startsWith('unsafe.md:')).length, 26);
    const again = await buildContent({ contentDir, ...dirs });
    assert.equal(again.compiled, 0);
    assert.deepEqual(where(again), where(first));
    assert.deepEqual(again.warnings, first.warnings);
  });

  it('keeps the last good store when a later build fails', async () => {
    const dirs = scratch();
    await buildContent({ contentDir: 'content/posts', ...dirs });
    const before = fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8');
    await buildContent({ contentDir: path.join(FIXTURES, 'bad'), ...dirs });
    assert.equal(fs.readFileSync(path.join(dirs.storeDir, 'index.json'), 'utf8'), before);
  });
});

describe('npm run content', () => {
  it('prints each warning on stderr after the summary, then a count, and succeeds', async () => {
    // A project of its own (the store is ./.content of the working directory), sharing this one's code.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-project-'));
    for (const name of ['lib', 'node_modules']) fs.symlinkSync(path.resolve(name), path.join(project, name));
    const contentDir = path.join(project, 'posts');
    fs.mkdirSync(contentDir);
    fs.writeFileSync(path.join(contentDir, 'x.md'), '---\ntitle: X\ndescription: A test.\n---\n\nText <a href="javascript:alert(1)" onclick="x()">link</a>\n');
    const { stdout, stderr } = await run('npx', ['tsx', path.resolve('scripts/build-content.ts')], { cwd: project, env: { ...process.env, PULSE_CONTENT_DIR: contentDir } });
    assert.match(stdout, /^Content: 1 article/);
    assert.equal(
      stderr,
      [
        'posts/x.md:6:6: warning: removed href="javascript:alert(1)" from <a> (links may only use http, https, mailto and tel) [unsafe-url]',
        'posts/x.md:6:6: warning: removed the onclick attribute of <a> (scripts from articles never run) [unsafe-html]',
        '',
        '2 warnings in 1 file: the site was built; fix them in the files to silence them.',
        '',
      ].join('\n'),
    );
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
    assert.equal(lines.length, 4);
    for (const line of lines) assert.match(line, /^lib\/content\/pipeline\/__fixtures__\/bad\/[\w-]+\.mdx?:\d+:\d+: error: .+/);
    assert.match(failure.stderr, /4 problems in 4 files\. Fix them and build again; the site was not changed\./);
    assert.doesNotMatch(failure.stderr, /^\s+at /m, 'no stack trace');
  });
});
