import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Article as ArticleData, ArticleCover } from '@/lib/content';
import { compileBody } from '@/lib/content/pipeline/compile';
import { PostCard } from '@/components/ui/post-card';
import { Article } from './article';

const body = await compileBody({ file: 'x.md', format: 'md', body: 'Some text.\n', title: 'X' });
const COVER: ArticleCover = { image: { src: '/images/knee.png', alt: 'A knee brace', width: 960, height: 540 }, caption: 'Rest helps', inArticle: true, inList: true };

const article = (overrides: Partial<ArticleData> = {}, showShare = true): ArticleData => ({
  slug: 'x', url: '/posts/x/', title: 'Knees & you', description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0,
  authors: [], tags: [], categories: [], keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false, summary: 'About knees.', image: null, cover: null, thumbnail: null, wordCount: 2, readingMinutes: 1,
  draft: false, searchHidden: false, code: body.code, headings: [], faq: [],
  review: { lastReviewed: null, nextReview: null, reviewers: [] },
  flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: false, showWordCount: false, showBreadCrumbs: false, showPostNavLinks: false, hideSummary: false, showDisclaimer: false, showShare },
  ...overrides,
});
const render = (data: ArticleData) => renderToStaticMarkup(<Article article={data} neighbours={{ newer: null, older: null }} />);

describe('the share row and back to top', () => {
  it('ends the article with the share links (each named, its icon hidden), copy link and back to top, after the body', () => {
    const html = render(article());
    for (const name of ['Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Share on WhatsApp', 'Share on Telegram', 'Share on Reddit', 'Share by email']) assert.match(html, new RegExp(`<span class="sr-only">${name}</span>`));
    assert.match(html, /Copy link/);
    assert.match(html, /role="status"/);
    assert.match(html, /<a href="#top"[^>]*>.*Back to top<\/a>/);
    assert.ok(html.indexOf('Some text.') < html.indexOf('Share this article'));
    assert.ok(html.indexOf('Share this article') < html.indexOf('Back to top'));
    // The server renders the links (a browser's share sheet replaces them only once React runs).
    assert.doesNotMatch(html, />Share<\/button>/);
    assert.match(html, /href="https:\/\/x\.com\/intent\/tweet\?text=Knees%20%26%20you&amp;url=http/);
  });

  it('has no share row when the front matter says disableShare: true; back to top stays', () => {
    const html = render(article({}, false));
    assert.doesNotMatch(html, /Share this article|Share on X|Copy link/);
    assert.match(html, /Back to top/);
  });
});

describe('the cover', () => {
  it('shows under the title as a figure with its caption, its width and height reserved', () => {
    const html = render(article({ cover: COVER }));
    const figure = /<figure[^>]*>.*?<\/figure>/.exec(html)?.[0] ?? '';
    assert.match(figure, /<img[^>]*alt="A knee brace"/);
    assert.match(figure, /width="960"/);
    assert.match(figure, /height="540"/);
    assert.match(figure, /sizes="/);
    assert.match(figure, /<figcaption[^>]*>Rest helps<\/figcaption>/);
    assert.ok(html.indexOf('<h1') < html.indexOf('<figure'));
  });

  it('is left off the article with hidden or hiddenInSingle (inArticle false)', () => {
    assert.doesNotMatch(render(article({ cover: { ...COVER, inArticle: false } })), /<figure|A knee brace/);
  });

  it('shows on a list card unless its flags keep it off lists; the thumbnail stands in then', () => {
    const card = (data: ArticleData) => renderToStaticMarkup(<PostCard article={data} />);
    assert.match(card(article({ cover: COVER })), /<img[^>]*alt="A knee brace"[^>]*sizes="/);
    assert.doesNotMatch(card(article({ cover: { ...COVER, inList: false } })), /<img/);
    const thumbnail = { src: '/media/0123456789abcdef0123456789abcdef.jpg', alt: '', width: 800, height: 500 };
    assert.match(card(article({ cover: { ...COVER, inList: false }, thumbnail })), /<img[^>]*alt=""[^>]*src="\/media\/0123456789abcdef0123456789abcdef\.jpg"/);
  });
});
