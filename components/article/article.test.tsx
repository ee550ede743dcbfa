import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article as ArticleData } from '@/lib/content';
import { compileBody } from '@/lib/content/pipeline/compile';
import { Article } from './article';

const body = await compileBody({ file: 'x.md', format: 'md', body: 'Some text.\n', title: 'X' });

const article = (overrides: Partial<ArticleData> = {}, showDisclaimer = true): ArticleData => ({
  slug: 'x', url: '/posts/x/', title: 'X', description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0,
  authors: [], tags: [], categories: [], keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false, summary: '', image: null, cover: null, thumbnail: null, wordCount: 2, readingMinutes: 1,
  draft: false, searchHidden: false, code: body.code, headings: [], faq: [],
  review: { lastReviewed: '2024-03-04', nextReview: '2099-03-04', reviewers: [{ name: 'Dr A', credentials: 'MD', url: '' }] },
  flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: false, showWordCount: false, showBreadCrumbs: false, showPostNavLinks: false, hideSummary: false, showDisclaimer, showShare: true },
  ...overrides,
});

describe('Article', () => {
  it('shows its reviewers under the title, the review dates and the disclaimer after the body, in that order', () => {
    const html = renderToStaticMarkup(<Article article={article()} neighbours={{ newer: null, older: null }} />);
    const order = ['<h1', 'Medically reviewed by Dr A, MD', 'Some text.', 'Page last reviewed:', 'Next review due:', 'This page is for information only'].map((text) => html.indexOf(text));
    assert.ok(order.every((at) => at >= 0), html);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.doesNotMatch(html, /due for review/);
  });

  it('leaves the disclaimer out when the front matter says disclaimer: false', () => {
    assert.doesNotMatch(renderToStaticMarkup(<Article article={article({}, false)} neighbours={{ newer: null, older: null }} />), /for information only/);
  });

  it('tells readers when the review is overdue', () => {
    const overdue = article({ review: { lastReviewed: '2020-01-01', nextReview: '2021-01-01', reviewers: [] } });
    assert.match(renderToStaticMarkup(<Article article={overdue} neighbours={{ newer: null, older: null }} />), /This page is due for review/);
  });

  it('lists its categories, then its tags, as one list of topics: each once, no hashtags', () => {
    const html = renderToStaticMarkup(<Article article={article({ categories: ['Sleep', 'sleep', ''], tags: ['insomnia', 'SLEEP'] })} neighbours={{ newer: null, older: null }} />);
    assert.match(html, /<h2 id="topics-title"[^>]*>Topics<\/h2>/);
    assert.equal(html.match(/href="\/categories\/sleep\/?"/g)?.length, 1, html);
    assert.doesNotMatch(html, /href="\/tags\/sleep\/?"/, 'the tag of a category’s name is the same topic');
    assert.ok(html.indexOf('/categories/sleep') < html.indexOf('/tags/insomnia'));
    assert.match(html, /href="\/tags\/insomnia\/?"[^>]*>insomnia</);
    assert.doesNotMatch(html, />#insomnia</);
  });

  it('shows no topics when it has none', () => {
    assert.doesNotMatch(renderToStaticMarkup(<Article article={article()} neighbours={{ newer: null, older: null }} />), /Topics/);
  });

  it('carries its language and direction when they are not the site’s, and nothing when they are', () => {
    const render = (language?: string) => renderToStaticMarkup(<Article article={article(language ? { language } : {})} neighbours={{ newer: null, older: null }} />);
    assert.match(render(), /^<article class=/);
    assert.match(render('fa'), /^<article lang="fa" dir="rtl" class=/);
    assert.match(render('ko'), /^<article lang="ko" class=/);
  });
});
