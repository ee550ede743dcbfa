import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './article';
import { groupBySeries, guideOrder, guidePlace, sortGuides } from './guides';
import { guidesUrl, guideUrl, guideUrlFromSlug } from './urls';

const article = (slug: string, series: string[], seriesOrder: number | null, date = '2024-01-01', title = slug) =>
  ({ slug, series, seriesOrder, dateSortKey: date, title }) as unknown as ArticleSummary;

const slugs = (articles: ArticleSummary[] | undefined) => articles?.map((a) => a.slug);

describe('guide order', () => {
  it('puts pages with a seriesOrder first, lowest first, whatever their dates', () => {
    const pages = [article('c', ['G'], 3, '2020-01-01'), article('a', ['G'], 1, '2024-01-01'), article('b', ['G'], 2, '2022-01-01')];
    assert.deepEqual(slugs(groupBySeries(pages).get('g')?.articles), ['a', 'b', 'c']);
  });

  it('puts pages without one after them, oldest first, undated ones last', () => {
    const pages = [
      article('undated', ['G'], null, ''),
      article('newer', ['G'], null, '2024-05-01'),
      article('ordered', ['G'], 7, '2025-01-01'),
      article('older', ['G'], null, '2021-05-01'),
    ];
    assert.deepEqual(slugs(groupBySeries(pages).get('g')?.articles), ['ordered', 'older', 'newer', 'undated']);
  });

  it('breaks ties of order and date by title, then slug, whatever order the articles came in', () => {
    const pages = [article('z', ['G'], 2, '2024-01-01', 'Beta'), article('y', ['G'], 2, '2023-01-01', 'Alpha'), article('x', ['G'], 2, '2024-01-01', 'Alpha')];
    assert.deepEqual([...pages].sort(guideOrder).map((a) => a.slug), ['y', 'x', 'z']);
    assert.deepEqual([...pages].reverse().sort(guideOrder).map((a) => a.slug), ['y', 'x', 'z']);
  });
});

describe('groupBySeries', () => {
  it('makes one guide per series, series differing in case or spacing being one, named as the newest page writes it', () => {
    const guides = groupBySeries([article('new', ['Type 2 Diabetes'], 2), article('old', ['type 2 diabetes '], 1), article('none', [], null)]);
    assert.deepEqual([...guides.keys()], ['type-2-diabetes']);
    assert.deepEqual(guides.get('type-2-diabetes'), {
      name: 'Type 2 Diabetes',
      slug: 'type-2-diabetes',
      url: '/series/type-2-diabetes/',
      articles: guides.get('type-2-diabetes')?.articles,
    });
    assert.deepEqual(slugs(guides.get('type-2-diabetes')?.articles), ['old', 'new']);
  });

  it('puts an article of several series in each guide, once, and skips series with no name left once urlized', () => {
    const both = article('both', ['A', 'B', 'a', '???'], 1);
    const guides = groupBySeries([both, article('b2', ['B'], 2)]);
    assert.deepEqual([...guides.keys()], ['a', 'b']);
    assert.deepEqual(slugs(guides.get('a')?.articles), ['both']);
    assert.deepEqual(slugs(guides.get('b')?.articles), ['both', 'b2']);
    assert.deepEqual(sortGuides(guides.values()).map((g) => g.name), ['A', 'B']);
  });
});

describe('guidePlace', () => {
  const first = article('first', ['Knee guide'], 1);
  const middle = article('middle', ['Back guide', 'Knee guide'], 2);
  const last = article('last', ['Knee guide'], 3);
  const guides = groupBySeries([last, middle, first]);

  it('gives the page before and after, none before the first or after the last', () => {
    assert.deepEqual(
      [first, last].map((page) => {
        const place = guidePlace(guides, page);
        return [place?.index, place?.previous?.slug ?? null, place?.next?.slug ?? null];
      }),
      [
        [0, null, 'middle'],
        [2, 'middle', null],
      ],
    );
  });

  it('shows an article of several series in the first one', () => {
    const place = guidePlace(guides, middle);
    assert.equal(place?.guide.name, 'Back guide');
    assert.equal(place?.index, 0);
    assert.equal(place?.next, null);
  });

  it('is null for an article in no series', () => {
    assert.equal(guidePlace(guides, article('alone', [], null)), null);
  });
});

describe('guide URLs', () => {
  it('are urlized like tags, with a trailing slash', () => {
    assert.equal(guidesUrl(), '/series/');
    assert.equal(guideUrl('Type 2 Diabetes'), '/series/type-2-diabetes/');
    assert.equal(guideUrlFromSlug('睡眠'), `/series/${encodeURIComponent('睡眠')}/`);
  });
});
