import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './content/article';
import { isSlugRoutePath, slugRouteUrls, prerenderedParams } from './prerender';
import { siteParams } from './routes';
import { site } from './site';

// Newest first, as the store lists them: two pages of "sleep", the newest article alone in "heart" and "睡眠".
const articles = Array.from({ length: site.pageSize + 5 }, (_, i) => {
  const newest = i === 0;
  return {
    slug: `a${i}`,
    url: `/posts/a${i}/`,
    title: `Article ${i}`,
    tags: newest ? ['Heart', '睡眠'] : ['Sleep'],
    categories: [i < 3 ? 'Wellness' : 'Conditions'],
    series: [],
    synonyms: [],
  } as unknown as ArticleSummary;
});

describe('the pages the build prerenders', () => {
  it('takes the newest articles, up to the limit', () => {
    assert.deepEqual(prerenderedParams(articles, 3).articles, [{ slug: 'a0' }, { slug: 'a1' }, { slug: 'a2' }]);
    assert.equal(prerenderedParams(articles, 1000).articles.length, articles.length);
    assert.deepEqual(prerenderedParams(articles, 0).articles, []);
  });

  it('takes the first page of each term those articles name, and no other term', () => {
    const params = prerenderedParams(articles, 1);
    assert.deepEqual(params.tags, [{ tag: 'heart' }, { tag: '睡眠' }]);
    assert.deepEqual(params.categories, [{ category: 'wellness' }]);
  });

  it('takes every page of the small routes: archive years, A–Z letters, guides, later pages of the term indexes', () => {
    const params = prerenderedParams(articles, 1);
    const all = siteParams(articles);
    assert.deepEqual([params.archiveYears, params.azLetters, params.guides, params.tagIndexPages, params.categoryIndexPages], [all.archiveYears, all.azLetters, all.guides, all.tagIndexPages, all.categoryIndexPages]);
  });

  it('leaves every later list page to its first request', () => {
    const params = prerenderedParams(articles, articles.length);
    assert.ok(siteParams(articles).tagPages.length > 0 && siteParams(articles).postPages.length > 0, 'the corpus has later pages');
    assert.deepEqual([params.postPages, params.tagPages, params.categoryPages], [[], [], []]);
  });
});

describe('the pages the routes with a slug serve', () => {
  it('are every article, term page and later list page, at the URLs the site links to', () => {
    const urls = slugRouteUrls(siteParams(articles));
    for (const url of ['/posts/a0/', `/posts/a${articles.length - 1}/`, '/posts/page/2/', '/tags/sleep/', '/tags/sleep/page/2/', `/tags/${encodeURIComponent('睡眠')}/`, '/categories/conditions/', '/categories/conditions/page/2/']) {
      assert.ok(urls.includes(url), url);
    }
    for (const url of ['/posts/page/1/', '/posts/page/3/', '/tags/heart/page/2/']) assert.ok(!urls.includes(url), url);
    for (const url of urls) assert.ok(isSlugRoutePath(url), url);
  });

  it('are told apart from every other page by their path alone', () => {
    for (const pathname of ['/posts/anything/', '/posts/page/02/', '/tags/x/', '/tags/x/page/y/', '/categories/x/', '/categories/x/page/2/', '/tags/page/3/', '/series/x/', '/archives/1999/', '/health-a-z/q/']) assert.ok(isSlugRoutePath(pathname), pathname);
    for (const pathname of ['/', '/posts/', '/tags/', '/categories/', '/archives/', '/health-a-z/', '/search/', '/series/', '/editorial-policy/', '/tags/x/index.xml', '/posts/index.xml', '/posts/x/y/']) {
      assert.ok(!isSlugRoutePath(pathname), pathname);
    }
  });
});
