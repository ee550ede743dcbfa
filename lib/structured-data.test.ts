import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './content/article';
import { articleGraph, serializeJsonLd } from './structured-data';

const HOSTILE = 'Heart </script><script>alert(1)</script> <!-- "quoted" & \u2028 line';

function article(overrides: Partial<Article> = {}): Article {
  return {
    slug: 'x', url: '/posts/x/', title: HOSTILE, description: '', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, weight: 0, keywords: [], series: [], math: false, disableHljs: false, authors: [], tags: ['heart'],
    categories: [], summary: 'A summary.', image: null, wordCount: 10, readingMinutes: 1, draft: false, searchHidden: false,
    flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: true, showWordCount: true, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false },
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
});
