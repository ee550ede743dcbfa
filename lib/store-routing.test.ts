import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexedArticle } from './content/article';
import { canonicalPath, storeRouting } from './store-routing';

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

describe('the routing of the live store', () => {
  const article = (slug: string, extra: Partial<IndexedArticle> = {}) => ({ slug, url: `/posts/${slug}/`, routeUrl: `/posts/${slug}/`, aliases: [], title: slug, tags: ['Sleep'], categories: [], series: [], synonyms: [], ...extra }) as unknown as IndexedArticle;

  it('redirects each alias, with or without its slash and however it is percent-encoded, to its article', () => {
    const routing = storeRouting([article('knee', { aliases: ['/old/knee/', '/über/'] })]);
    assert.equal(routing.redirects.get('/old/knee/'), '/posts/knee/');
    assert.equal(routing.redirects.get('/old/knee'), '/posts/knee/');
    assert.equal(routing.redirects.get(canonicalPath('/%C3%BCber/')), '/posts/knee/');
  });

  it("serves an article's chosen URL by its route, and redirects its route there", () => {
    const routing = storeRouting([article('knee', { url: '/knee-pain/', routeUrl: '/posts/knee/' })]);
    assert.equal(routing.rewrites.get('/knee-pain/'), '/posts/knee/');
    assert.equal(routing.redirects.get('/posts/knee/'), '/knee-pain/');
    assert.ok(routing.slugPages.has('/posts/knee/'));
  });

  it('knows every page of the routes with a slug, and no other', () => {
    const routing = storeRouting([article('knee'), article('hip', { tags: ['Joints'] })]);
    for (const url of ['/posts/knee/', '/posts/hip/', '/tags/sleep/', '/tags/joints/']) assert.ok(routing.slugPages.has(url), url);
    for (const url of ['/posts/ankle/', '/tags/ankle/', '/posts/page/2/']) assert.ok(!routing.slugPages.has(url), url);
  });
});
