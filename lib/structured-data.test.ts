import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './content/article';
import { absoluteUrl } from './content/urls';
import { articleGraph, serializeJsonLd } from './structured-data';

const HOSTILE = 'Heart </script><script>alert(1)</script> <!-- "quoted" & \u2028 line';

function article(overrides: Partial<Article> = {}): Article {
  return {
    slug: 'x', url: '/posts/x/', title: HOSTILE, description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0, keywords: [], series: [], seriesOrder: null, synonyms: [], math: false, disableHljs: false, authors: [], tags: ['heart'],
    categories: [], summary: 'A summary.', image: null, cover: null, thumbnail: null, wordCount: 10, readingMinutes: 1, draft: false, searchHidden: false, review: { lastReviewed: null, nextReview: null, reviewers: [] },
    flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: true, showWordCount: true, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
    code: '', headings: [], faq: [{ question: 'Why </script>?', answer: 'Because.' }],
    ...overrides,
  };
}

describe('structured data', () => {
  it('cannot be broken out of by what an article says, and parses back to the same data', () => {
    const graph = articleGraph(article());
    const json = serializeJsonLd(graph);
    assert.doesNotMatch(json, /<\/script|<!--|<|>|\u2028|\u2029/i);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(graph)));
    const page = (JSON.parse(json) as { '@graph': { '@type': string; headline?: string }[] })['@graph'].find((node) => node['@type'] === 'MedicalWebPage');
    assert.equal(page?.headline, HOSTILE);
  });

  it('gives an article its page, breadcrumbs from position 1, and an FAQPage only when it has questions', () => {
    const types = (a: Article) => (articleGraph(a)['@graph'] as { '@type': string }[]).map((node) => node['@type']);
    assert.deepEqual(types(article()), ['MedicalWebPage', 'BreadcrumbList', 'Organization', 'FAQPage']);
    assert.deepEqual(types(article({ faq: [] })), ['MedicalWebPage', 'BreadcrumbList', 'Organization']);
    const crumbs = (articleGraph(article())['@graph'] as { '@type': string; itemListElement?: { position: number }[] }[]).find((node) => node['@type'] === 'BreadcrumbList');
    assert.deepEqual(crumbs?.itemListElement?.map((item) => item.position), [1, 2, 3]);
  });

  it("gives the page's last review date and its reviewers as Persons with their credentials", () => {
    const reviewed = article({
      review: {
        lastReviewed: '2024-03-04',
        nextReview: '2025-03-04',
        reviewers: [
          { name: 'Dr A Shah', credentials: 'MB ChB, MRCGP', url: 'https://example.org/a' },
          { name: 'B Jones', credentials: '', url: '/about/b/' },
        ],
      },
    });
    const page = (articleGraph(reviewed)['@graph'] as readonly Record<string, unknown>[]).find((node) => node['@type'] === 'MedicalWebPage');
    assert.equal(page?.lastReviewed, '2024-03-04');
    assert.deepEqual(page?.reviewedBy, [
      {
        '@type': 'Person',
        name: 'Dr A Shah',
        url: 'https://example.org/a',
        honorificSuffix: 'MB ChB, MRCGP',
        hasCredential: [
          { '@type': 'EducationalOccupationalCredential', name: 'MB ChB' },
          { '@type': 'EducationalOccupationalCredential', name: 'MRCGP' },
        ],
      },
      { '@type': 'Person', name: 'B Jones', url: absoluteUrl('/about/b/') },
    ]);
    const plain = (articleGraph(article())['@graph'] as readonly Record<string, unknown>[]).find((node) => node['@type'] === 'MedicalWebPage');
    assert.equal('lastReviewed' in (plain ?? {}), false);
    assert.equal('reviewedBy' in (plain ?? {}), false);
  });
});
