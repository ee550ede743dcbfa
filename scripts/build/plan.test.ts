import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexedArticle } from '../../lib/content/article';
import { sortNewestFirst } from '../../lib/content/navigation';
import { relatedArticles } from '../../lib/content/related';
import { sitePages } from '../../lib/routes';
import { listPageContents, mergePlans, planPages, planSitePages } from './plan';

// Twelve articles a day apart (two pages of /posts/), tagged "sleep" or "heart".
function site(): IndexedArticle[] {
  const articles = Array.from({ length: 12 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return {
      slug: `a${day}`,
      url: `/posts/a${day}/`,
      file: `a${day}.md`,
      format: 'md',
      title: `Article ${day}`,
      description: '',
      date: `2024-01-${day}`,
      dateSortKey: `2024-01-${day}`,
      lastmod: null,
      authors: [],
      tags: [i % 2 ? 'sleep' : 'heart'],
      categories: [i % 2 ? 'Sleep' : 'Heart'],
      summary: `Summary ${day}`,
      image: null, cover: null, thumbnail: null,
      wordCount: 500,
      readingMinutes: 3,
      draft: false,
      searchHidden: false,
      review: { lastReviewed: null, nextReview: null, reviewers: [] },
      flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: true, showWordCount: true, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
      bodyKey: `body-${day}`,
      sourceKey: `source-${day}`,
      aliases: [],
      aliasesLine: 1,
      routeUrl: `/posts/a${day}/`,
      urlLine: 1,
      warnings: [],
      links: [],
      remoteImages: [],
      localFiles: [],
      refs: [],
      readability: null,
      reviewLine: 1,
      publishDate: null, expiryDate: null, weight: 0, keywords: [], series: [], seriesOrder: null, synonyms: [], math: false, disableHljs: false,
    } satisfies IndexedArticle;
  });
  return sortNewestFirst(articles);
}

// An edited file always has a new source key (its text changed).
const edit = (articles: IndexedArticle[], slug: string, change: Partial<IndexedArticle>) =>
  sortNewestFirst(articles.map((article) => (article.slug === slug ? { ...article, ...change, sourceKey: `${article.sourceKey}-edited` } : article)));

describe('planPages', () => {
  it('renders nothing again when nothing changed', () => {
    assert.deepEqual(planPages(site(), site()), { kind: 'pages', urls: [], gone: [] });
  });

  it('renders only the article when its body changed but nothing lists show', () => {
    const plan = planPages(site(), edit(site(), 'a05', { bodyKey: 'new', wordCount: 512 }));
    assert.deepEqual(plan, { kind: 'pages', urls: ['/posts/a05/'], gone: [] });
  });

  it('renders the article, its neighbours, the articles it is related to and the lists that show it when its title changed', () => {
    // Newest first: a12 … a01; a05 is on /posts/ (page 1 of 2), tagged "heart" and in "Heart"; the home page shows a12–a08.
    // Related articles: the three newest others tagged "heart", so a07, a09 and a11 show a05 (a01 and a03 do not).
    const plan = planPages(site(), edit(site(), 'a05', { title: 'A new title' }));
    assert.deepEqual(plan, { kind: 'pages', urls: ['/archives/', '/archives/2024/', '/categories/heart/', '/health-a-z/', '/health-a-z/a/', '/posts/', '/posts/a04/', '/posts/a05/', '/posts/a06/', '/posts/a07/', '/posts/a09/', '/posts/a11/', '/tags/heart/'], gone: [] });
  });

  it('renders a new guide, and renders the guide and its pages again when its order changes', () => {
    const appeared = planPages(site(), edit(site(), 'a02', { series: ['Knee guide'] }));
    for (const url of ['/series/', '/series/knee-guide/', '/posts/a02/']) assert.ok(appeared.kind === 'pages' && appeared.urls.includes(url), url);
    const before = edit(edit(site(), 'a02', { series: ['Knee guide'], seriesOrder: 1 }), 'a12', { series: ['Knee guide'], seriesOrder: 2 });
    const plan = planPages(before, edit(edit(before, 'a02', { seriesOrder: 2 }), 'a12', { seriesOrder: 1 }));
    const urls = plan.kind === 'pages' ? plan.urls : [];
    for (const url of ['/series/', '/series/knee-guide/', '/posts/a02/', '/posts/a12/']) assert.ok(urls.includes(url), url);
    assert.ok(!urls.includes('/posts/a05/'), 'an article outside the guide, not related to its pages, shows nothing new');
  });


  it("renders the article and the health A–Z's index and letter, and nothing else, when its synonyms changed", () => {
    const plan = planPages(site(), edit(site(), 'a05', { synonyms: ['Another name'] }));
    assert.deepEqual(plan, { kind: 'pages', urls: ['/health-a-z/', '/health-a-z/a/', '/posts/a05/'], gone: [] });
  });


  it('renders every page whose list shifts when a new date moves an article across pages', () => {
    // a02 (page 2) becomes the newest: it joins the home page and page 1, and a03 moves down to page 2.
    const plan = planPages(site(), edit(site(), 'a02', { date: '2024-02-01', dateSortKey: '2024-02-01' }));
    const urls = plan.kind === 'pages' ? plan.urls : [];
    for (const url of ['/', '/posts/', '/posts/page/2/', '/tags/sleep/', '/posts/a01/', '/posts/a02/', '/posts/a03/', '/posts/a12/']) assert.ok(urls.includes(url), url);
    assert.ok(!urls.includes('/tags/heart/') && !urls.includes('/tags/'), 'the other tag and the tag index show nothing new');
  });

  it('knows what every list page shows', () => {
    assert.deepEqual([...listPageContents(site()).keys()].sort(), [...sitePages(site()).lists].sort());
  });

  it('renders the old and the new neighbours when a new date moves the article', () => {
    const plan = planPages(site(), edit(site(), 'a05', { date: '2024-01-09', dateSortKey: '2024-01-09z' }));
    const urls = plan.kind === 'pages' ? plan.urls : [];
    // Before: …a06 a05 a04…; after: …a10 a05 a09….
    for (const url of ['/posts/a04/', '/posts/a06/', '/posts/a09/', '/posts/a10/', '/posts/a05/']) assert.ok(urls.includes(url), url);
  });

  it('renders a new article, the lists that show it and its new tag page, with no full build', () => {
    const added = sortNewestFirst([...site(), { ...site()[0], slug: 'new', url: '/posts/new/', routeUrl: '/posts/new/', date: '2024-02-01', dateSortKey: '2024-02-01', tags: ['travel'], sourceKey: 'new' }]);
    const plan = planPages(site(), added);
    assert.equal(plan.kind, 'pages');
    for (const url of ['/posts/new/', '/', '/posts/', '/posts/page/2/', '/tags/', '/tags/travel/', '/archives/', '/posts/a12/']) assert.ok(plan.kind === 'pages' && plan.urls.includes(url), url);
    assert.deepEqual(plan.kind === 'pages' && plan.gone, []);
  });

  it('drops a removed article, and a list page that no longer exists, and renders what listed them', () => {
    // Two pages of /posts/ become one.
    const removed = site().filter((article) => article.slug !== 'a12' && article.slug !== 'a11');
    const plan = planPages(site(), removed);
    assert.ok(plan.kind === 'pages');
    assert.deepEqual(plan.gone, ['/posts/a11/', '/posts/a12/', '/posts/page/2/']);
    for (const url of ['/', '/posts/', '/posts/a10/', '/tags/heart/', '/tags/sleep/']) assert.ok(plan.urls.includes(url), url);
  });

  it('drops the old URL of a renamed article and renders the new one', () => {
    const plan = planPages(site(), edit(site(), 'a05', { url: '/guides/a05/' }));
    assert.ok(plan.kind === 'pages');
    assert.deepEqual(plan.gone, ['/posts/a05/']);
    assert.ok(plan.urls.includes('/guides/a05/'));
  });

  it('renders nothing for a new alias: the proxy looks redirects up in the live store', () => {
    const plan = planPages(site(), edit(site(), 'a05', { aliases: ['/old/a05/'] }));
    assert.deepEqual(plan, { kind: 'pages', urls: ['/posts/a05/'], gone: [] });
  });

  it('renders both tag pages again when an article moves between existing terms', () => {
    assert.deepEqual(site().find((article) => article.slug === 'a05')?.tags, ['heart']);
    const plan = planPages(site(), edit(site(), 'a05', { tags: ['sleep'] }));
    const urls = plan.kind === 'pages' ? plan.urls : [];
    for (const url of ['/tags/heart/', '/tags/sleep/', '/posts/a05/']) assert.ok(urls.includes(url), url);
  });

  it('renders both category pages and the category index again when an article moves between existing categories', () => {
    const plan = planPages(site(), edit(site(), 'a05', { categories: ['Sleep'] }));
    const urls = plan.kind === 'pages' ? plan.urls : [];
    for (const url of ['/categories/', '/categories/heart/', '/categories/sleep/', '/posts/a05/']) assert.ok(urls.includes(url), url);
  });

  it('renders the archives again when a title changes, and a new category page and the category index for a new category', () => {
    const retitled = planPages(site(), edit(site(), 'a05', { title: 'A new title' }));
    assert.ok(retitled.kind === 'pages' && retitled.urls.includes('/archives/'));
    const recategorised = planPages(site(), edit(site(), 'a05', { categories: ['Heart', 'Travel'] }));
    for (const url of ['/categories/', '/categories/travel/', '/posts/a05/']) assert.ok(recategorised.kind === 'pages' && recategorised.urls.includes(url), url);
  });
});

describe('planSitePages', () => {
  const pages = () => site().slice(0, 2).map((article, i) => ({ ...article, slug: `page-${i}`, url: `/page-${i}/`, routeUrl: `/page-${i}/` }));
  const editPage = (changes: Partial<IndexedArticle>) => pages().map((page, i) => (i === 1 ? { ...page, ...changes } : page));

  it('renders only a page whose body changed', () => {
    assert.deepEqual(planSitePages(pages(), pages()), { kind: 'pages', urls: [], gone: [] });
    assert.deepEqual(planSitePages(pages(), editPage({ bodyKey: 'new', sourceKey: 'new' })), { kind: 'pages', urls: ['/page-1/'], gone: [] });
  });

  it('asks for a full build when a page comes, goes or changes its title (the footer of every page shows it)', () => {
    assert.equal(planSitePages(pages(), pages().slice(1)).kind, 'full');
    assert.equal(planSitePages(pages().slice(1), pages()).kind, 'full');
    assert.equal(planSitePages(pages(), editPage({ title: 'New title', sourceKey: 'new' })).kind, 'full');
  });

  it("merges with the articles' plan: a full build when either needs one, else both sets of pages", () => {
    assert.deepEqual(mergePlans({ kind: 'pages', urls: ['/b/', '/a/'], gone: ['/x/'] }, { kind: 'pages', urls: ['/a/', '/c/'], gone: [] }), { kind: 'pages', urls: ['/a/', '/b/', '/c/'], gone: ['/x/'] });
    assert.equal(mergePlans({ kind: 'pages', urls: ['/a/'], gone: [] }, { kind: 'full', reason: 'x' }).kind, 'full');
  });
});

describe('planPages on random edits', () => {
  it('renders every article whose related articles change, though it ranks them only near the edit', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)];
    const names = (article: IndexedArticle) => (relatedArticles(current).get(article.slug) ?? []).map((other) => other.title).join('|');
    let current: IndexedArticle[] = [];
    for (let round = 0; round < 40; round++) {
      const base = site().map((article, i) => ({ ...article, tags: [pick(['sleep', 'heart', 'diet', 'skin']), ...(i % 3 ? [] : ['rare'])], categories: [pick(['Sleep', 'Heart', 'Skin'])] }));
      const target = pick(base);
      const change = pick<Partial<IndexedArticle>>([{ title: `Retitled ${round}` }, { tags: ['skin'] }, { categories: ['Diet'] }, { date: '2024-03-01', dateSortKey: '2024-03-01' }]);
      const after = edit(base, target.slug, change);
      current = base;
      const before = new Map(base.map((article) => [article.slug, names(article)]));
      current = after;
      const plan = planPages(base, after);
      assert.ok(plan.kind === 'pages');
      for (const article of after) if (before.get(article.slug) !== names(article)) assert.ok(plan.urls.includes(article.url), `round ${round}: ${article.url} shows new related articles`);
    }
  });
});
