import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ArticleReview } from '@/lib/content/article';
import { site } from '@/lib/site';
import { Disclaimer } from './disclaimer';
import { OverdueReviewNotice, ReviewDates, ReviewedBy } from './review';

const review = (overrides: Partial<ArticleReview> = {}): ArticleReview => ({ lastReviewed: '2024-03-04', nextReview: '2025-03-04', reviewers: [], ...overrides });

describe('the review lines', () => {
  it('names one reviewer with credentials, linked to their profile', () => {
    assert.equal(
      renderToStaticMarkup(<ReviewedBy reviewers={[{ name: 'Dr A Shah', credentials: 'MB ChB, MRCGP', url: 'https://example.org/a' }]} />),
      '<p class="mt-2 text-sm text-muted">Medically reviewed by <a href="https://example.org/a" class="text-accent underline underline-offset-4">Dr A Shah</a>, MB ChB, MRCGP</p>',
    );
  });

  it('joins several reviewers naturally, and shows nothing without any', () => {
    const people = [
      { name: 'A', credentials: 'PhD', url: '' },
      { name: 'B', credentials: '', url: '' },
      { name: 'C', credentials: 'RN', url: '/about/c/' },
    ];
    const text = renderToStaticMarkup(<ReviewedBy reviewers={people} />).replace(/<[^>]+>/g, '');
    assert.equal(text, 'Medically reviewed by A, PhD, B and C, RN');
    assert.equal(renderToStaticMarkup(<ReviewedBy reviewers={people.slice(0, 2)} />).replace(/<[^>]+>/g, ''), 'Medically reviewed by A, PhD and B');
    assert.equal(renderToStaticMarkup(<ReviewedBy reviewers={[]} />), '');
  });

  it('gives the last and next review dates in <time> elements, formatted like the meta line', () => {
    const html = renderToStaticMarkup(<ReviewDates review={review()} />);
    assert.match(html, /<dt>Page last reviewed:<\/dt><dd><time dateTime="2024-03-04">4 March 2024<\/time><\/dd><dt>Next review due:<\/dt><dd><time dateTime="2025-03-04">4 March 2025<\/time><\/dd>/);
    assert.doesNotMatch(renderToStaticMarkup(<ReviewDates review={review({ nextReview: null })} />), /Next review/);
    assert.equal(renderToStaticMarkup(<ReviewDates review={review({ lastReviewed: null, nextReview: null })} />), '');
  });

  it('tells readers a page is due for review once the date has passed, when the site asks for it', () => {
    assert.match(renderToStaticMarkup(<OverdueReviewNotice review={review()} day="2025-03-05" enabled />), /This page is due for review/);
    assert.equal(renderToStaticMarkup(<OverdueReviewNotice review={review()} day="2025-03-04" enabled />), '');
    assert.equal(renderToStaticMarkup(<OverdueReviewNotice review={review()} day="2025-03-05" enabled={false} />), '');
    assert.equal(site.showOverdueReviewNotice, true, 'on by default');
  });
});

describe('the disclaimer', () => {
  it("shows the site's text", () => {
    assert.ok(site.disclaimer.startsWith('This page is for information only and is not a substitute for professional medical advice'));
    assert.match(renderToStaticMarkup(<Disclaimer />), /<p class="[^"]*">This page is for information only/);
  });
});
