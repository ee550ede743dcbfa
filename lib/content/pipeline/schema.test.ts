import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problems, read } from './__fixtures__/front-matter-helpers';


describe('review metadata in front matter', () => {
  it('is optional: no dates, no reviewers, the disclaimer on', () => {
    const data = read('');
    assert.equal(data.lastreviewed, null);
    assert.equal(data.nextreview, null);
    assert.deepEqual(data.reviewedby, []);
    assert.deepEqual(data.sources, []);
    assert.equal(data.disclaimer, true);
  });

  it('computes nextReview from lastReviewed and reviewInterval (months), on the last day of a short month', () => {
    assert.equal(read('lastReviewed: 2024-03-15\nreviewInterval: 12').nextreview?.date, '2025-03-15');
    assert.equal(read('lastReviewed: 2024-01-31\nreviewInterval: 1').nextreview?.date, '2024-02-29');
    assert.equal(read('lastReviewed: 2024-11-30\nreviewInterval: "3"').nextreview?.date, '2025-02-28');
    assert.equal(read('lastReviewed: 2024-01-02\nnextReview: 2025-06-30').nextreview?.date, '2025-06-30');
  });

  it('reads one reviewer or a list, only the name required, keys in any case', () => {
    assert.deepEqual(read('reviewedBy: { name: "Dr A", credentials: "MB ChB" }').reviewedby, [{ name: 'Dr A', credentials: 'MB ChB', url: '' }]);
    assert.deepEqual(read('reviewedBy:\n  - Name: "Dr A"\n    URL: https://example.org/a\n  - name: B\n  - "C"').reviewedby, [
      { name: 'Dr A', credentials: '', url: 'https://example.org/a' },
      { name: 'B', credentials: '', url: '' },
      { name: 'C', credentials: '', url: '' },
    ]);
  });

  it('reads sources, title required, a date as a date or as written', () => {
    assert.deepEqual(read('sources:\n  - { title: "A", url: "https://example.org/a", publisher: P, date: 2023-05-01 }\n  - { title: B, date: "2019" }').sources, [
      { title: 'A', url: 'https://example.org/a', publisher: 'P', date: '2023-05-01' },
      { title: 'B', url: '', publisher: '', date: '2019' },
    ]);
  });

  it('names the file and line of each bad value', () => {
    assert.deepEqual(problems('lastReviewed: 2024-02-30\nnextReview: soon'), [
      'post.md:3: "lastReviewed" is not a date ("2024-02-30"). Use YYYY-MM-DD, like 2022-12-05.',
      'post.md:4: "nextReview" is not a date ("soon"). Use YYYY-MM-DD, like 2022-12-05.',
    ]);
    assert.deepEqual(problems('reviewInterval: 1.5'), ['post.md:3: "reviewInterval" must be a whole number of months between 1 and 120, like 12 (not "1.5").']);
    assert.deepEqual(problems('reviewedBy:\n  - name: A\n  - credentials: PhD'), [
      'post.md:3: "reviewedBy" needs a name (reviewer 2), like reviewedBy: { name: "Dr Amina Shah", credentials: "MB ChB, MRCGP", url: "https://example.org/amina-shah" }.',
    ]);
    assert.match(problems('reviewedBy: { name: A, url: "javascript:alert(1)" }')[0], /^post\.md:3: "reviewedBy" has a url that is not a web address/);
    assert.match(problems('sources:\n  - { url: "https://example.org" }')[0], /^post\.md:3: "sources" item 1 needs a title/);
    assert.match(problems('disclaimer: maybe')[0], /^post\.md:3: "disclaimer" must be true or false/);
  });

  it('refuses nextReview and reviewInterval together, an interval with nothing to count from, and a next review before the last', () => {
    assert.deepEqual(problems('lastReviewed: 2024-01-01\nnextReview: 2025-01-01\nreviewInterval: 6'), [
      'post.md:5: "reviewInterval" and "nextReview" are both given: keep one (nextReview is a date, reviewInterval counts months from lastReviewed).',
    ]);
    assert.deepEqual(problems('reviewInterval: 6'), ['post.md:3: "reviewInterval" counts months from "lastReviewed", which is missing. Add a line like lastReviewed: 2024-05-01.']);
    assert.deepEqual(problems('lastReviewed: 2024-05-01\nnextReview: 2024-04-01'), ['post.md:4: "nextReview" (2024-04-01) is before "lastReviewed" (2024-05-01).']);
  });
});

describe('categories in front matter', () => {
  it('reads a list or a single string, each name trimmed', () => {
    assert.deepEqual(read('categories: [Heart and circulation, " Sleep "]').categories, ['Heart and circulation', 'Sleep']);
    assert.deepEqual(read('categories:\n  - Sleep\n  - Mental health').categories, ['Sleep', 'Mental health']);
    assert.deepEqual(read('categories: "Heart and circulation"').categories, ['Heart and circulation']);
  });

  it('means none for empty values, as the seed article writes them', () => {
    for (const empty of ['categories: [""]', 'categories: ""', 'categories:', 'categories: null', 'categories: []', 'categories: ["", "  "]', '']) {
      assert.deepEqual(read(empty).categories, [], JSON.stringify(empty));
    }
  });

  it('refuses a map, naming the line', () => {
    assert.deepEqual(problems('categories: { name: Sleep }'), ['post.md:3: "categories" must be a list of words, like [health, sleep].']);
  });
});

describe('series and seriesOrder in front matter', () => {
  it('reads seriesOrder as a whole number from 1, written as a number or as text, and null when absent', () => {
    assert.equal(read('series: Diabetes').seriesorder, null);
    assert.equal(read('series: Diabetes\nseriesOrder: 2').seriesorder, 2);
    assert.equal(read('series: [Diabetes]\nSeriesOrder: "3"').seriesorder, 3);
    assert.equal(read('series: Diabetes\nseriesOrder: ""').seriesorder, null);
  });

  it('names the file and line of a seriesOrder that is not a whole number from 1', () => {
    for (const bad of ['0', '-1', '1.5', 'first', '[1, 2]']) {
      assert.deepEqual(problems(`series: Diabetes\nseriesOrder: ${bad}`), [
        `post.md:4: "seriesOrder" must be a whole number from 1, like 2 for the guide's second page (not "${bad === '[1, 2]' ? '1,2' : bad}").`,
      ]);
    }
  });

  it('refuses a seriesOrder without a series, and still reports the other problems', () => {
    assert.deepEqual(problems('seriesOrder: 1\nreviewInterval: 6'), [
      'post.md:3: "seriesOrder" places the article in a guide, but "series" is missing. Add a line like series: "Type 2 diabetes", or remove seriesOrder.',
      'post.md:4: "reviewInterval" counts months from "lastReviewed", which is missing. Add a line like lastReviewed: 2024-05-01.',
    ]);
  });
});

describe('synonyms in front matter', () => {
  it('reads a list or a single name; empty values mean none; each name once whatever its case', () => {
    assert.deepEqual(read('').synonyms, []);
    assert.deepEqual(read('synonyms: ""').synonyms, []);
    assert.deepEqual(read('synonyms: Hypertension').synonyms, ['Hypertension']);
    assert.deepEqual(read('synonyms: [" DVT ", "", "Blood clot in the leg", dvt]').synonyms, ['DVT', 'Blood clot in the leg']);
  });

  it('names the file and line of a synonym that is not a name', () => {
    assert.deepEqual(problems('synonyms:\n  - name: DVT'), ['post.md:3: "synonyms" must be a list of names, like ["Heart attack", "MI"].']);
    assert.deepEqual(problems('weight: 1\nsynonyms: { a: b }'), ['post.md:4: "synonyms" must be a list of names, like ["Heart attack", "MI"].']);
  });
});
