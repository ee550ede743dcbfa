// Hugo's ref and relref targets, in the forms real Hugo sites write them (issue 27, item 4).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceFile } from './files';
import { findRef, refTable } from './refs';
import { expandShortcodes } from './shortcodes';

const ROOT = 'content/posts';
const article = (relative: string, baseName: string, frontMatter = ''): SourceFile => ({
  file: `${ROOT}/${relative}`,
  baseName,
  format: 'md',
  source: `---\ntitle: ${baseName}\n${frontMatter}---\nText.\n`,
});
const TABLE = refTable(
  [
    article('reference/articles/x.md', 'x'),
    article('sustainable_life.md', 'sustainable_life', 'tags: [Sleep Health]\nseries: ["Model Context Protocol"]\n'),
    article('bundle/index.en.md', 'bundle'),
    article('guide/part-one.md', 'part-one'),
    article('guide/part-two.fa.md', 'part-two'),
    article('a/same.md', 'same'),
    article('b/same.md', 'same'),
    article('draft.md', 'draft', 'draft: true\n'),
    article('diet.md', 'diet', 'series:\n  - name: "饮食篇"\n    index: 2\n'),
  ],
  ROOT,
  new Date('2025-01-01T12:00:00Z'),
);
const urlOf = (written: string, from?: string) => findRef(TABLE, written, from)?.url;

describe('findRef', () => {
  it('takes a content path with or without .md, /index, a trailing slash or a language suffix', () => {
    for (const written of ['/post/reference/articles/x.md', '/posts/reference/articles/x', 'reference/articles/x/', '/blog/reference/articles/x.en.md', 'x']) {
      assert.equal(urlOf(written), '/posts/x/', written);
    }
  });

  it('maps any first section (/post/, /blog/, /posts/) to this site\'s one folder', () => {
    assert.equal(urlOf('/blog/sustainable_life/'), '/posts/sustainable_life/');
    assert.equal(urlOf('/post/guide/part-one'), '/posts/part-one/');
  });

  it('finds page bundles (/posts/bundle = bundle/index.en.md) and files with a language suffix', () => {
    assert.equal(urlOf('/posts/bundle'), '/posts/bundle/');
    assert.equal(urlOf('bundle/index.md'), '/posts/bundle/');
    assert.equal(urlOf('part-two.fa.md'), '/fa/posts/part-two/');
    assert.equal(urlOf('part-two'), '/fa/posts/part-two/');
  });

  it('resolves a relative ref from the article\'s folder first, and from a bundle\'s parent folder', () => {
    assert.equal(urlOf('part-two.md', `${ROOT}/guide/part-one.md`), '/fa/posts/part-two/');
    assert.equal(urlOf('same.md', `${ROOT}/b/other.md`), '/posts/same/');
    assert.equal(findRef(TABLE, 'same.md', `${ROOT}/b/other.md`)?.file, `${ROOT}/b/same.md`);
    assert.equal(findRef(TABLE, '../a/same', `${ROOT}/b/other.md`)?.file, `${ROOT}/a/same.md`);
    assert.equal(findRef(TABLE, 'part-one', `${ROOT}/guide/bundle-x/index.md`)?.file, `${ROOT}/guide/part-one.md`);
  });

  it('marks a bare name that fits two articles as ambiguous', () => {
    assert.deepEqual(findRef(TABLE, 'same')?.ambiguous, [`${ROOT}/a/same.md`, `${ROOT}/b/same.md`]);
    assert.equal(findRef(TABLE, '/posts/a/same')?.ambiguous, undefined);
  });

  it('names tag, category and guide pages of terms articles have', () => {
    assert.equal(urlOf('/tags/sleep-health/'), '/tags/sleep-health/');
    assert.equal(urlOf('/series/model-context-protocol/'), '/series/model-context-protocol/');
    assert.equal(urlOf('/tags/nothing/'), undefined);
    assert.equal(urlOf('/series/饮食篇'), '/series/%E9%A5%AE%E9%A3%9F%E7%AF%87/', 'a series written as a { name } map');
  });
});

describe('a ref in a body', () => {
  const expand = (body: string, refLinks?: { errorLevel: 'error' | 'warning'; notFoundUrl: string }) =>
    expandShortcodes(body, { format: 'md', refs: TABLE, file: `${ROOT}/guide/part-one.md`, ...(refLinks ? { refLinks } : {}) });

  it('keeps its #anchor', () => {
    assert.equal(expand('[x]({{< relref "part-two.md#causes" >}})').source, '[x](/fa/posts/part-two/#causes)');
  });

  it('to no article is an error by default (Hugo\'s refLinksErrorLevel)', () => {
    const result = expand('[x]({{< ref "missing" >}})');
    assert.match(result.problems[0].message, /\{\{< ref "missing" >\}\} names no article of this site/);
    assert.equal(result.warnings.length, 0);
  });

  it('with refLinksErrorLevel warning: a warning, and the link goes to refLinksNotFoundURL', () => {
    const result = expand('[x]({{< ref "missing" >}}) [d]({{< ref "draft" >}})', { errorLevel: 'warning', notFoundUrl: '/404.html' });
    assert.equal(result.problems.length, 0);
    assert.equal(result.source, '[x](/404.html) [d](/404.html)');
    assert.deepEqual(result.warnings.map((w) => w.rule), ['broken-ref', 'broken-ref']);
    assert.match(result.warnings[0].message, /The link goes to \/404\.html/);
  });

  it('that fits two articles is an error naming both', () => {
    assert.match(expand('{{< ref "same" >}}').problems[0].message, /fits more than one article \(content\/posts\/a\/same\.md, content\/posts\/b\/same\.md\)/);
  });
});
