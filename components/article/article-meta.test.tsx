import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article } from '@/lib/content';
import { ArticleMeta } from './article-meta';

const article = (date: string | null, lastmod: string | null): Article => ({
  slug: 'x', url: '/posts/x/', title: 'X', description: '', date, dateSortKey: date ?? '', lastmod, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0,
  authors: [], tags: [], categories: [], keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false, summary: '', image: null, cover: null, thumbnail: null, wordCount: 1, readingMinutes: 1,
  draft: false, searchHidden: false, review: { lastReviewed: null, nextReview: null, reviewers: [] }, code: '', headings: [], faq: [],
  flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: false, showWordCount: false, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
});

describe('ArticleMeta', () => {
  it('shows "Updated <date>" in a <time> when lastmod differs from the date', () => {
    const html = renderToStaticMarkup(<ArticleMeta article={article('2024-01-02', '2024-03-04')} />);
    assert.match(html, /<time dateTime="2024-01-02">2 January 2024<\/time>.*<span>Updated <time dateTime="2024-03-04">4 March 2024<\/time><\/span>/);
  });

  it('says nothing more when lastmod is the date, or missing', () => {
    assert.doesNotMatch(renderToStaticMarkup(<ArticleMeta article={article('2024-01-02', '2024-01-02')} />), /Updated/);
    assert.doesNotMatch(renderToStaticMarkup(<ArticleMeta article={article('2024-01-02', null)} />), /Updated/);
  });
});
