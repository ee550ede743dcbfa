import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveYearSlug, findArchiveYear, groupByMonth } from './archive';
import type { ArticleSummary } from './article';

const article = (slug: string, date: string | null) => ({ slug, date }) as unknown as ArticleSummary;
const shape = (articles: ArticleSummary[]) =>
  groupByMonth(articles).map(({ year, count, months }) => [year, count, months.map(({ month, articles: listed }) => [month, listed.map((a) => a.slug)])]);

describe('groupByMonth', () => {
  it('groups by year and month, newest first, with a count per year', () => {
    const articles = [article('mar24b', '2024-03-20'), article('mar24a', '2024-03-12'), article('jan24', '2024-01-10'), article('dec22', '2022-12-05'), article('jun22', '2022-06-01')];
    assert.deepEqual(shape(articles), [
      [2024, 3, [[3, ['mar24b', 'mar24a']], [1, ['jan24']]]],
      [2022, 2, [[12, ['dec22']], [6, ['jun22']]]],
    ]);
  });

  it('orders years and months newest first even when the articles are not (a weight put one first)', () => {
    const articles = [article('old', '2019-02-01'), article('new', '2024-11-30'), article('mid', '2024-02-29')];
    assert.deepEqual(shape(articles), [
      [2024, 2, [[11, ['new']], [2, ['mid']]]],
      [2019, 1, [[2, ['old']]]],
    ]);
  });

  it('puts articles without a date last, in one group', () => {
    const articles = [article('undated-a', null), article('dated', '2023-06-20'), article('undated-b', null)];
    assert.deepEqual(shape(articles), [
      [2023, 1, [[6, ['dated']]]],
      [null, 2, [[null, ['undated-a', 'undated-b']]]],
    ]);
  });

  it('has no groups when there are no articles', () => {
    assert.deepEqual(groupByMonth([]), []);
  });
});

describe('the archives split by year', () => {
  it('gives each year a page of its own, the undated articles one too', () => {
    const years = groupByMonth([article('new', '2024-03-20'), article('old', '2019-02-01'), article('undated', null)]);
    assert.deepEqual(years.map((year) => archiveYearSlug(year.year)), ['2024', '2019', 'undated']);
    assert.deepEqual(findArchiveYear(years, '2019')?.months.flatMap((month) => month.articles.map((a) => a.slug)), ['old']);
    assert.deepEqual(findArchiveYear(years, 'undated')?.count, 1);
  });

  it('has no page for a year without articles, nor for another spelling of one', () => {
    const years = groupByMonth([article('new', '2024-03-20')]);
    for (const slug of ['2023', '02024', 'undated', '']) assert.equal(findArchiveYear(years, slug), null, slug);
  });
});
