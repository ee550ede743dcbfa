import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './content/article';
import { feedPages, listPages, siteParams, sitemapEntries, sitePages } from './routes';
import { site } from './site';

// One more "Sleep" article than a page holds (two pages), and one "Heart and circulation" article.
const articles = Array.from({ length: site.pageSize + 2 }, (_, i) => {
  const day = String(28 - i).padStart(2, '0');
  return { slug: `a${i}`, url: `/posts/a${i}/`, date: `2024-02-${day}`, lastmod: null, tags: [], series: [], synonyms: [], condition: null, title: `Article ${i}`, categories: [i === 0 ? 'Heart and circulation' : 'Sleep'] } as unknown as ArticleSummary;
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

describe('the archives and the health A–Z split into pages', () => {
  const dated = [
    { slug: 'new', url: '/posts/new/', date: '2024-05-01', title: 'Asthma', synonyms: ['Wheezing'] },
    { slug: 'mid', url: '/posts/mid/', date: '2024-01-01', title: 'Acne', synonyms: [] },
    { slug: 'old', url: '/posts/old/', date: '2021-07-01', title: '10 steps a day', synonyms: [] },
  ].map((article) => ({ lastmod: null, tags: [], categories: [], series: [], ...article }) as unknown as ArticleSummary);
  const page = (url: string) => listPages(dated).find((candidate) => candidate.url === url);

  it('gives each year a page that lists its articles, newest first', () => {
    assert.deepEqual(siteParams(dated).archiveYears, [{ year: '2024' }, { year: '2021' }]);
    assert.deepEqual(page('/archives/2024/')?.articles.map((article) => article.slug), ['new', 'mid']);
    assert.deepEqual(page('/archives/2021/')?.articles.map((article) => article.slug), ['old']);
  });

  it('gives each letter with entries a page that lists them, and none to the others', () => {
    assert.deepEqual(siteParams(dated).azLetters, [{ letter: 'a' }, { letter: 'w' }, { letter: 'other' }]);
    assert.deepEqual(page('/health-a-z/a/')?.groups?.map((group) => group.entries.map((entry) => entry.name)), [['Acne', 'Asthma']]);
    assert.deepEqual(page('/health-a-z/w/')?.articles.map((article) => article.slug), ['new']);
    assert.equal(page('/health-a-z/b/'), undefined);
  });

  it('puts every year and letter page in the sitemap', () => {
    const urls = sitemapEntries(dated).map((entry) => entry.url);
    for (const url of ['/archives/', '/archives/2024/', '/archives/2021/', '/health-a-z/', '/health-a-z/a/', '/health-a-z/other/']) assert.ok(urls.includes(url), url);
  });
});

describe('the term indexes split into pages', () => {
  // One more tag than an index page holds, the first used twice (so it comes first).
  const names = Array.from({ length: site.termsPerPage + 1 }, (_, i) => `Tag ${String(i).padStart(3, '0')}`);
  const tagged = [
    { slug: 'many', url: '/posts/many/', date: '2024-05-01', title: 'Many tags', tags: names },
    { slug: 'one', url: '/posts/one/', date: '2024-04-01', title: 'One tag', tags: [names[names.length - 1]] },
  ].map((article) => ({ lastmod: null, categories: [], series: [], synonyms: [], ...article }) as unknown as ArticleSummary);

  it('pages the tags most used first, a page holding site.termsPerPage', () => {
    assert.deepEqual(siteParams(tagged).tagIndexPages, [{ page: '2' }]);
    assert.deepEqual(siteParams(tagged).categoryIndexPages, []);
    const first = listPages(tagged).find((page) => page.url === '/tags/');
    const second = listPages(tagged).find((page) => page.url === '/tags/page/2/');
    assert.equal(first?.terms?.length, site.termsPerPage);
    assert.equal(first?.terms?.[0].name, names[names.length - 1], 'the most used first');
    assert.deepEqual(second?.terms?.map((term) => term.name), [names[names.length - 2]]);
    assert.equal(second?.totalPages, 2);
    assert.ok(sitePages(tagged).lists.includes('/tags/page/2/'));
  });
});
