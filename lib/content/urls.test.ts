import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archivesUrl, articleUrl, categoriesUrl, categoryUrl, categoryUrlFromSlug, homeUrl, pageUrl, postsUrl, tagsUrl, termUrl, termUrlFromSlug, urlize } from './urls';

describe('urls', () => {
  it("builds Hugo's URLs, each with a trailing slash", () => {
    assert.equal(homeUrl(), '/');
    assert.equal(postsUrl(), '/posts/');
    assert.equal(tagsUrl(), '/tags/');
    assert.equal(articleUrl('knee-pain'), '/posts/knee-pain/');
    assert.equal(termUrl('Heart health'), '/tags/heart-health/');
    assert.equal(categoriesUrl(), '/categories/');
    assert.equal(categoryUrl('Heart and circulation'), '/categories/heart-and-circulation/');
    assert.equal(archivesUrl(), '/archives/');
  });

  it('urlizes as Hugo does: lower case, spaces as hyphens, punctuation dropped', () => {
    assert.equal(urlize('  What causes  Migraines? '), 'what-causes-migraines');
    assert.equal(urlize('snake_case & more!'), 'snake-case-more');
  });

  it('keeps non-Latin terms readable in their URL, by name or by slug', () => {
    assert.equal(termUrl('睡眠'), `/tags/${encodeURIComponent('睡眠')}/`);
    assert.equal(termUrlFromSlug(urlize('睡眠')), termUrl('睡眠'));
    assert.equal(categoryUrlFromSlug(urlize('睡眠')), categoryUrl('睡眠'));
    assert.equal(categoryUrl('睡眠'), `/categories/${encodeURIComponent('睡眠')}/`);
  });

  it("builds list pages' URLs: page 1 is the list itself", () => {
    assert.equal(pageUrl(postsUrl(), 1), '/posts/');
    assert.equal(pageUrl(postsUrl(), 3), '/posts/page/3/');
    assert.equal(pageUrl(termUrl('sleep'), 2), '/tags/sleep/page/2/');
    assert.equal(pageUrl(categoryUrl('Sleep'), 2), '/categories/sleep/page/2/');
  });
});
