import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELATED_LIMIT, relatedArticles, relatedFinder } from './related';

interface Fixture {
  slug: string;
  title: string;
  dateSortKey: string;
  series: string[];
  categories: string[];
  tags: string[];
}

const article = (slug: string, { series = [], categories = [], tags = [], date = '2024-01-01' }: { series?: string[]; categories?: string[]; tags?: string[]; date?: string }): Fixture => ({
  slug,
  title: slug,
  dateSortKey: date,
  series,
  categories,
  tags,
});

const relatedTo = (slug: string, articles: Fixture[], limit?: number) => relatedArticles(articles, limit).get(slug)?.map((a) => a.slug);

describe('relatedArticles', () => {
  it('ranks a shared series above a shared category and tag, and a category above two tags', () => {
    const self = article('self', { series: ['Guide'], categories: ['conditions'], tags: ['a', 'b', 'c'] });
    const articles = [
      self,
      article('two-tags', { tags: ['a', 'b'] }),
      article('category', { categories: ['Conditions'] }),
      article('category-and-tag', { categories: ['conditions'], tags: ['c'] }),
      article('series', { series: ['guide'] }),
    ];
    assert.deepEqual(relatedTo('self', articles, 10), ['series', 'category-and-tag', 'category', 'two-tags']);
  });

  it('adds up every shared term: three tags equal one category, and the newer of equals comes first', () => {
    const articles = [
      article('self', { categories: ['x'], tags: ['a', 'b', 'c'] }),
      article('three-tags-old', { tags: ['a', 'b', 'c'], date: '2020-01-01' }),
      article('category-new', { categories: ['x'], date: '2023-01-01' }),
    ];
    assert.deepEqual(relatedTo('self', articles), ['category-new', 'three-tags-old']);
  });

  it('breaks a tie of score by recency, newest first, then by title', () => {
    const articles = [
      article('self', { tags: ['sleep'] }),
      article('old', { tags: ['sleep'], date: '2019-05-01' }),
      article('new', { tags: ['sleep'], date: '2024-05-01' }),
      article('b-same-day', { tags: ['sleep'], date: '2022-05-01' }),
      article('a-same-day', { tags: ['sleep'], date: '2022-05-01' }),
    ];
    assert.deepEqual(relatedTo('self', articles, 10), ['new', 'a-same-day', 'b-same-day', 'old']);
  });

  it(`never lists the article itself, and shows at most ${RELATED_LIMIT}`, () => {
    const articles = Array.from({ length: 6 }, (_, i) => article(`a${i}`, { tags: ['heart'], date: `2024-01-0${i + 1}` }));
    const related = relatedArticles(articles);
    for (const { slug } of articles) {
      assert.equal(related.get(slug)?.length, RELATED_LIMIT);
      assert.ok(!related.get(slug)?.some((other) => other.slug === slug), slug);
    }
    assert.deepEqual(related.get('a5')?.map((a) => a.slug), ['a4', 'a3', 'a2']);
  });

  it('relates nothing to an article that shares nothing, and ignores a term written twice', () => {
    const articles = [article('self', { tags: ['knee', 'Knee'] }), article('other', { tags: ['sleep'], categories: ['knee'] }), article('twin', { tags: ['knee'] })];
    assert.deepEqual(relatedTo('other', articles), []);
    assert.deepEqual(relatedTo('self', articles), ['twin']);
    assert.deepEqual(relatedTo('lonely', [article('lonely', {})]), []);
  });

  it('picks exactly what ranking every candidate would, on a large random site (ties included)', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (prefix: string, count: number, of: number) => Array.from({ length: random(count + 1) }, () => `${prefix}${random(of)}`);
    const site = Array.from({ length: 400 }, (_, index) => ({
      ...article(`a${index}`, { series: pick('s', 1, 20), categories: pick('c', 2, 6), tags: pick('t', 4, 15), date: `2024-0${1 + random(9)}-1${random(10)}` }),
      title: `T${random(50)}`,
    }));
    const weights = { series: 5, categories: 3, tags: 1 } as const;
    const naive = (self: Fixture) =>
      site
        .filter((other) => other.slug !== self.slug)
        .map((other) => ({
          other,
          score: (Object.keys(weights) as (keyof typeof weights)[]).reduce((sum, taxonomy) => sum + weights[taxonomy] * new Set(self[taxonomy].filter((term) => other[taxonomy].includes(term))).size, 0),
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || b.other.dateSortKey.localeCompare(a.other.dateSortKey) || a.other.title.localeCompare(b.other.title) || a.other.slug.localeCompare(b.other.slug))
        .slice(0, RELATED_LIMIT)
        .map(({ other }) => other.slug);
    const related = relatedArticles(site);
    for (const self of site) assert.deepEqual(related.get(self.slug)?.map((a) => a.slug), naive(self), self.slug);
  });
});


describe('relatedFinder', () => {
  it('ranks one article at a time exactly as relatedArticles ranks them all', () => {
    const articles = Array.from({ length: 60 }, (_, i) => ({ slug: `s${i}`, title: `T${i % 7}`, dateSortKey: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, tags: [`t${i % 5}`, `t${i % 3}`], categories: [`c${i % 4}`], series: i % 9 === 0 ? ['g'] : [] }));
    const all = relatedArticles(articles);
    const one = relatedFinder(articles);
    for (const article of [...articles].reverse()) assert.deepEqual(one(article.slug), all.get(article.slug), article.slug);
    assert.deepEqual(one('no-such-slug'), []);
  });
});
