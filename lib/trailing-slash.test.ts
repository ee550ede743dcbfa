import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withHugoSlash } from './trailing-slash';

describe('withHugoSlash', () => {
  it('adds the slash to a page, and takes it from a file', () => {
    assert.equal(withHugoSlash('/posts/knee'), '/posts/knee/');
    assert.equal(withHugoSlash('/index.xml/'), '/index.xml');
    assert.equal(withHugoSlash('/posts/index.xml'), '/posts/index.xml');
    assert.equal(withHugoSlash('/api/health'), '/api/health');
  });

  it('leaves an article page with a dot in its slug as asked: its canonical URL never redirects', () => {
    for (const page of ['/posts/node.js/', '/posts/deploy-site.fa/', '/fa/posts/deploy-site/', '/posts/memorybot.github.io__link/']) assert.equal(withHugoSlash(page), page);
  });
});
