import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './content/article';
import { feedPages, listPages, siteParams, sitemapEntries, sitePages } from './routes';
import { site } from './site';

// One more "Sleep" article than a page holds (two pages), and one "Heart and circulation" article.
const articles = Array.from({ length: site.pageSize + 2 }, (_, i) => {
  const day = String(28 - i).padStart(2, '0');
  return { slug: `a${i}`, url: `/posts/a${i}/`, date: `2024-02-${day}`, lastmod: null, tags: [], series: [], synonyms: [], title: `Article ${i}`, categories: [i === 0 ? 'Heart and circulation' : 'Sleep'] } as unknown as ArticleSummary;
});

describe('categories and archives in the site map of routes', () => {
  it('prerenders each category, and its pages from 2 on', () => {
    const params = siteParams(articles);
    assert.deepEqual(params.categories, [{ category: 'heart-and-circulation' }, { category: 'sleep' }]);
    assert.deepEqual(params.categoryPages, [{ category: 'sleep', page: '2' }]);
  });

  it('lists the category index, every page of each category and the archives as pages that show articles', () => {
    const lists = sitePages(articles).lists;
    for (const url of ['/categories/', '/categories/sleep/', '/categories/sleep/page/2/', '/categories/heart-and-circulation/', '/archives/']) assert.ok(lists.includes(url), url);
    assert.ok(!lists.includes('/categories/heart-and-circulation/page/2/'));
    const sleep2 = listPages(articles).find((page) => page.url === '/categories/sleep/page/2/');
    assert.deepEqual(sleep2?.articles.map((article) => article.slug), [`a${site.pageSize + 1}`]);
    assert.equal(sleep2?.totalPages, 2);
  });

  it('gives each category an RSS feed of its own', () => {
    const feed = feedPages(articles).find((page) => page.url === '/categories/sleep/index.xml');
    assert.equal(feed?.format, 'rss');
    assert.equal(feed?.listUrl, '/categories/sleep/');
    assert.equal(feed?.articles.length, site.pageSize + 1);
    assert.ok(sitePages(articles).feeds.includes('/categories/heart-and-circulation/index.xml'));
  });

  it('puts the new pages in the sitemap, dated by their newest article', () => {
    const entries = new Map(sitemapEntries(articles).map((entry) => [entry.url, entry.lastModified]));
    assert.equal(entries.get('/archives/'), '2024-02-28');
    assert.equal(entries.get('/categories/sleep/'), '2024-02-27');
    assert.equal(entries.get('/categories/'), '2024-02-28');
  });

  it('has no category pages when no article has a category', () => {
    const none = articles.map((article) => ({ ...article, categories: [] }));
    assert.deepEqual(siteParams(none).categories, []);
    assert.deepEqual(sitePages(none).lists.filter((url) => url.startsWith('/categories/')), ['/categories/']);
  });
});
