import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELATED_LIMIT, relatedArticles } from './related';

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
});
