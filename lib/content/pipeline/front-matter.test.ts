import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { ContentError } from './errors';
import { splitFrontMatter } from './front-matter';

const SEED = 'content/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee.md';

describe('splitFrontMatter', () => {
  it('reads the seed leniently: the later duplicate wins, empty values stay empty, keys are case-insensitive', () => {
    const { data, keyLines, body } = splitFrontMatter(SEED, fs.readFileSync(SEED, 'utf8'));
    assert.equal(data.title, 'What Are the Symptoms of a Blood Clot Behind the Knee?');
    assert.equal(data.disablehljs, false, 'disableHLJS appears twice; Hugo keeps the later value');
    assert.equal(keyLines.get('disablehljs'), 16);
    assert.equal(data.tags, null);
    assert.equal(data.description, '');
    assert.equal(data.date, '2022-12-05', 'dates stay the calendar date as written');
    assert.equal(data.showtoc, true);
    assert.equal(body.split('\n').length, fs.readFileSync(SEED, 'utf8').split('\n').length, 'body keeps line numbers');
  });

  it('names the file and line 1 when the front matter is never closed', () => {
    const source = fs.readFileSync('lib/content/pipeline/__fixtures__/bad/unterminated-front-matter.md', 'utf8');
    assert.throws(() => splitFrontMatter('x.md', source), (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.match(error.message, /^x\.md:1:1: error: front matter opened with "---" is never closed\. Add a line with "---"/);
      return true;
    });
  });

  it('reads TOML and JSON front matter, with a byte-order mark and CRLF line endings', () => {
    const toml = splitFrontMatter('t.md', '\uFEFF+++\r\ntitle = "T"\r\ndate = 2021-05-06\r\n+++\r\nBody');
    assert.equal(toml.data.title, 'T');
    assert.equal(toml.keyLines.get('date'), 3);
    const json = splitFrontMatter('j.md', '{\n  "title": "J",\n  "Tags": ["a"]\n}\nBody');
    assert.deepEqual(json.data, { title: 'J', tags: ['a'] });
    assert.equal(json.keyLines.get('tags'), 3);
  });

  it('points at the line of a YAML syntax error', () => {
    assert.throws(() => splitFrontMatter('y.md', '---\ntitle: "ok"\ntags: [a, b\n---\n'), /y\.md:[34]:\d+: error: front matter is not valid YAML/);
  });

  it('refuses YAML aliases that expand past a small limit', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---'];
    assert.throws(() => splitFrontMatter('bomb.md', bomb.join('\n')), /bomb\.md:2:1: error: front matter could not be read/);
  });

  it('refuses the billion laughs (nine levels of nine aliases) in well under a second', () => {
    const levels = 'abcdefghi'.split('');
    const bomb = ['---', 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]', ...levels.slice(1).map((name, i) => `${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`), 'title: Laughs', '---', 'Body'];
    const started = performance.now();
    assert.throws(() => splitFrontMatter('laughs.md', bomb.join('\n')), /laughs\.md:2:1: error: front matter could not be read: Excessive alias count/);
    assert.ok(performance.now() - started < 500, `${performance.now() - started} ms`);
  });

  it('refuses YAML and TOML nested deeper than any real front matter, before their parsers overflow the stack', () => {
    for (const yaml of [`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, `a: ${'{b: '.repeat(20_000)}1${'}'.repeat(20_000)}`, `a:\n  ${'- '.repeat(20_000)}x`, `${'? '.repeat(20_000)}x`]) {
      assert.throws(() => splitFrontMatter('y.md', `---\ntitle: T\n${yaml}\n---\n`), /y\.md:[34]:1: error: front matter is nested too deeply/, yaml.slice(0, 12));
    }
    assert.deepEqual(splitFrontMatter('y.md', '---\ntags: [a, "[b]", {c: [d]}]\ncover:\n  image: x.png\n---\n').data.cover, { image: 'x.png' });
    assert.throws(() => splitFrontMatter('t.md', `+++\na = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n+++\n`), /t\.md:2:1: error: front matter is not valid TOML: .*excessively nested/);
  });

  it('refuses front matter that would run code, naming line 1', () => {
    assert.throws(() => splitFrontMatter('js.md', '---js\n{ title: "x" }\n---\n'), /js\.md:1:1: error: front matter in "js" is not supported/);
    assert.throws(() => splitFrontMatter('js.md', '---javascript\n{ title: "x" }\n---\n'), /js\.md:1:1: error: front matter in "javascript" is not supported \(it could run code\)/);
    assert.throws(() => splitFrontMatter('js.md', '\uFEFF--- js\r\n{ title: "x" }\r\n---\r\n'), /js\.md:1:1: error: front matter in "js" is not supported/);
  });
});
