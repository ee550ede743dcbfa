import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { overdueReviewWarnings } from './editor-checks';
import { readArticleFile } from './files';
import { loadArticle } from './load-article';

// The editors' example (the README links it): everything an article can say about its trustworthiness.
const EXAMPLE = 'content/posts/chest-pain-when-to-get-help.mdx';

describe('the editors\' example article', async () => {
  const article = await loadArticle(await readArticleFile(EXAMPLE), undefined, { now: new Date('2026-11-29T12:00:00Z') });
  const html = renderToStaticMarkup(createElement(getMDXComponent(article.code), { components: mdxComponents }));

  it('compiles without a warning, dated older than the other articles so lists keep their order', () => {
    assert.deepEqual(article.warnings, []);
    assert.ok(article.date && article.date < '2021-09-14', 'older than every other article');
    assert.ok(article.description.length > 50 && article.tags.length > 0);
  });

  it('has two reviewers and a next review a year after the last', () => {
    assert.equal(article.review.reviewers.length, 2);
    assert.deepEqual(article.review, { ...article.review, lastReviewed: '2026-10-12', nextReview: '2027-10-12' });
    assert.deepEqual(overdueReviewWarnings([article], '2027-10-13').map((w) => w.rule), ['review-overdue']);
  });

  it('uses all three care cards, footnotes and front matter sources, and an external link', () => {
    for (const label of ['Emergency', 'Urgent advice', 'Non-urgent advice']) assert.ok(html.includes(`<span>${label}</span>`) && html.includes(`aria-label="${label}: `), label);
    assert.equal((html.match(/data-footnote-backref=""/g) ?? []).length, 3);
    assert.match(html, /<li id="source-2">/);
    assert.match(html, /guide to the warning signs<svg[^>]*>[\s\S]*?<\/svg><span class="sr-only"> \(external site\)<\/span>/);
  });

  it('goes by other names, for "Also called" and the health A–Z', () => {
    assert.deepEqual(article.synonyms, ['Chest discomfort', 'Pain in the chest']);
  });

  it('reads at or below the site\'s target grade', () => {
    assert.ok(article.readability && article.readability.grade <= 9, `grade ${article.readability?.grade}`);
  });
});
