import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article as ArticleData, ArticleSummary } from '@/lib/content';
import { groupBySeries, guidePlace } from '@/lib/content/guides';
import { compileBody } from '@/lib/content/pipeline/compile';
import { Article } from './article';
import { GuideContents } from './guide-contents';
import { GuidePager } from './guide-pager';

// Outside Next, next/link drops the trailing slash its config would keep: hrefs are matched with or without it.

const body = await compileBody({ file: 'x.md', format: 'md', body: 'Some text.\n', title: 'X' });

const summary = (slug: string, seriesOrder: number | null, overrides: Partial<ArticleSummary> = {}): ArticleSummary => ({
  slug, url: `/posts/${slug}/`, title: `Title ${slug}`, description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0,
  authors: [], tags: ['diabetes'], categories: [], keywords: [], series: ['Type 2 diabetes'], seriesOrder, synonyms: [], condition: null, math: false, disableHljs: false, summary: '', image: null, cover: null, thumbnail: null, wordCount: 2, readingMinutes: 1,
  draft: false, searchHidden: false,
  review: { lastReviewed: '2024-03-04', nextReview: '2099-03-04', reviewers: [] },
  flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: false, showWordCount: false, showBreadCrumbs: false, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
  ...overrides,
});

const pages = [summary('one', 1), summary('two', 2), summary('three', 3)];
const guides = groupBySeries(pages);
const placeOf = (slug: string) => {
  const place = guidePlace(guides, pages.find((page) => page.slug === slug) ?? pages[0]);
  assert.ok(place);
  return place;
};

describe('GuideContents', () => {
  it('lists every page in order, the current one marked aria-current="page" and not a link', () => {
    const html = renderToStaticMarkup(<GuideContents place={placeOf('two')} />);
    assert.match(html, /^<nav aria-label="Pages in this guide"/);
    assert.match(html, /<a [^>]*href="\/series\/type-2-diabetes\/?"[^>]*>Type 2 diabetes<\/a>/);
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map(([, item]) => item);
    assert.equal(items.length, 3);
    assert.match(items[0], /<a [^>]*href="\/posts\/one\/?"[^>]*>Title one<\/a>/);
    assert.match(items[1], /^<span aria-current="page"[^>]*>Title two<\/span>$/);
    assert.match(items[2], /<a [^>]*href="\/posts\/three\/?"[^>]*>Title three<\/a>/);
    assert.equal(html.match(/aria-current/g)?.length, 1);
  });
});

describe('GuidePager', () => {
  it('links the previous and next pages, labelled as pages of this guide', () => {
    const html = renderToStaticMarkup(<GuidePager place={placeOf('two')} />);
    assert.match(html, /<a [^>]*href="\/posts\/one\/?"[^>]*>.*Previous page in this guide:<\/span> <span[^>]*>Title one</);
    assert.match(html, /<a [^>]*href="\/posts\/three\/?"[^>]*>.*Next page in this guide:<\/span> <span[^>]*>Title three</);
  });

  it('has no previous link on the first page and no next link on the last', () => {
    assert.doesNotMatch(renderToStaticMarkup(<GuidePager place={placeOf('one')} />), /Previous page in this guide:/);
    assert.doesNotMatch(renderToStaticMarkup(<GuidePager place={placeOf('three')} />), /Next page in this guide:/);
  });
});

describe('Article with a guide and related articles', () => {
  const article: ArticleData = { ...summary('two', 2), code: body.code, headings: [], faq: [] };
  const related = [summary('other', null, { title: 'Other article', series: [], date: '2023-05-06' })];
  const neighbours = { newer: summary('newer', null, { title: 'Newer article' }), older: null };

  it('shows the guide contents before the body, its pager after it, and related articles after the tags and before post navigation', () => {
    const html = renderToStaticMarkup(<Article article={article} neighbours={neighbours} guide={placeOf('two')} related={related} />);
    const order = ['<h1', 'Pages in this guide', 'Some text.', 'Next page in this guide', 'Page last reviewed:', 'Topics', 'Related articles', 'Other article', '6 May 2023', 'Newer article'].map((text) => html.indexOf(text));
    assert.ok(order.every((at) => at >= 0), JSON.stringify(order));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it('has no guide navigation and no related section when there are none', () => {
    const html = renderToStaticMarkup(<Article article={article} neighbours={neighbours} />);
    assert.doesNotMatch(html, /in this guide|Related articles/);
  });
});
