import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalPath } from './on-demand-pages';

describe('the canonical form of a path', () => {
  it('is the path as the site writes it', () => {
    assert.equal(canonicalPath('/posts/knee-pain/'), '/posts/knee-pain/');
    assert.equal(canonicalPath(`/tags/${encodeURIComponent('睡眠')}/`), `/tags/${encodeURIComponent('睡眠')}/`);
  });

  it('is one path for every way of writing it, so one page cannot be stored under many URLs', () => {
    assert.equal(canonicalPath('/posts/%6Bnee-pain/'), '/posts/knee-pain/');
    assert.equal(canonicalPath('/tags/%e7%9d%a1%e7%9c%a0/'), `/tags/${encodeURIComponent('睡眠')}/`);
  });
});
