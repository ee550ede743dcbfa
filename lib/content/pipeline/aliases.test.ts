import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexedArticle } from '../article';
import { findAliasClashes, findCustomUrlClashes } from './aliases';

const article = (fields: { url?: string; aliases?: string[] }) =>
  ({ file: 'content/posts/a.md', url: '/posts/a/', routeUrl: '/posts/a/', urlLine: 3, aliases: [], aliasesLine: 4, ...fields }) as unknown as IndexedArticle;

describe('site pages no alias or url may take', () => {
  it('include the categories, the archives and the old home pages (/page/N/, redirected)', () => {
    for (const path of ['/categories/', '/categories/sleep/', '/archives/', '/page/2/', '/tags/sleep/']) {
      assert.match(findAliasClashes([article({ aliases: [path] })])[0]?.message ?? '', /is a page of the site/, path);
      assert.match(findCustomUrlClashes([article({ url: path })])[0]?.message ?? '', /is a page of the site/, path);
    }
  });

  it('leave other paths free', () => {
    assert.deepEqual(findAliasClashes([article({ aliases: ['/archive-of-old/', '/pages/2/'] })]), []);
    assert.deepEqual(findCustomUrlClashes([article({ url: '/guides/knee/' })]), []);
  });
});
