import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './content/article';
import { absoluteUrl } from './content/urls';
import { articleGraph, collectionGraph, serializeJsonLd } from './structured-data';
import { zonedDateTime } from './zoned-date';

const HOSTILE = 'Heart </script><script>alert(1)</script> <!-- "quoted" & \u2028 line';

function article(overrides: Partial<Article> = {}): Article {
  return {
    slug: 'x', url: '/posts/x/', title: HOSTILE, description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0, keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false, authors: [], tags: ['heart'],
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

  const webPage = (a: Article) => (articleGraph(a)['@graph'] as readonly Record<string, unknown>[]).find((node) => node['@type'] === 'MedicalWebPage') ?? {};
  const publisherNode = (graph: ReturnType<typeof articleGraph>) => (graph['@graph'] as readonly Record<string, unknown>[]).find((node) => node['@type'] === 'Organization');

  it('names the site’s Organization as publisher, and as author of a page that names no one', () => {
    const graph = articleGraph(article({ authors: [] }));
    const org = publisherNode(graph);
    assert.equal(org?.['@id'], absoluteUrl('/#publisher'));
    assert.deepEqual(webPage(article({ authors: [] })).author, [{ '@id': org?.['@id'] }]);
    assert.deepEqual(webPage(article({ authors: [] })).publisher, { '@id': org?.['@id'] });
    assert.deepEqual(webPage(article({ authors: ['Dr Amina Shah', ' '] })).author, [{ '@type': 'Person', name: 'Dr Amina Shah' }], 'a Person only with a name');
  });

  it('gives dates a time zone, and dateModified as the later of the last edit and the last review', () => {
    assert.match(zonedDateTime('2024-01-02', 'Europe/London'), /^2024-01-02T00:00:00(Z|\+00:00)$/);
    assert.equal(zonedDateTime('2024-07-01', 'Europe/London'), '2024-07-01T00:00:00+01:00');
    assert.equal(zonedDateTime('2024-07-01', 'America/New_York'), '2024-07-01T00:00:00-04:00');
    const reviewedLater = webPage(article({ date: '2024-01-02', lastmod: '2024-02-01', review: { lastReviewed: '2024-07-01', nextReview: null, reviewers: [] } }));
    assert.equal(reviewedLater.datePublished, zonedDateTime('2024-01-02'));
    assert.equal(reviewedLater.dateModified, zonedDateTime('2024-07-01'));
    assert.equal(reviewedLater.lastReviewed, '2024-07-01');
    const editedLater = webPage(article({ date: '2024-01-02', lastmod: '2024-09-01', review: { lastReviewed: '2024-07-01', nextReview: null, reviewers: [] } }));
    assert.equal(editedLater.dateModified, zonedDateTime('2024-09-01'));
    assert.match(String(editedLater.datePublished), /T00:00:00(Z|[+-]\d{2}:\d{2})$/);
  });

  it('makes a list page a CollectionPage with an ItemList of what it lists and its breadcrumbs', () => {
    const graph = collectionGraph({ name: 'Sleep', description: 'About sleep.', url: '/tags/sleep/', parents: [{ name: 'Tags', url: '/tags/' }], items: [{ name: 'A', url: '/posts/a/' }, { name: 'B', url: '/posts/b/' }] });
    const nodes = graph['@graph'] as readonly Record<string, unknown>[];
    const page = nodes.find((node) => node['@type'] === 'CollectionPage');
    assert.equal(page?.url, absoluteUrl('/tags/sleep/'));
    assert.deepEqual(page?.mainEntity, {
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'A', url: absoluteUrl('/posts/a/') },
        { '@type': 'ListItem', position: 2, name: 'B', url: absoluteUrl('/posts/b/') },
      ],
    });
    const crumbs = nodes.find((node) => node['@type'] === 'BreadcrumbList');
    assert.deepEqual((crumbs?.itemListElement as { name: string; item: string }[]).map((crumb) => [crumb.name, crumb.item]), [
      ['Home', absoluteUrl('/')],
      ['Tags', absoluteUrl('/tags/')],
      ['Sleep', absoluteUrl('/tags/sleep/')],
    ]);
    assert.deepEqual(page?.breadcrumb, { '@id': crumbs?.['@id'] });
  });
});
