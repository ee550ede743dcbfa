import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './article';
import { byUse, groupByCategory, groupByTag } from './taxonomy';

const article = (slug: string, tags: string[], categories: string[] = []) => ({ slug, tags, categories }) as unknown as ArticleSummary;

describe('groupByTag', () => {
  it('groups articles under each of their tags, keeping their order', () => {
    const a = article('a', ['Sleep', 'heart health']);
    const b = article('b', ['sleep ']);
    const terms = groupByTag([a, b]);
    assert.deepEqual([...terms.keys()], ['sleep', 'heart-health']);
    assert.deepEqual(terms.get('sleep')?.articles, [a, b]);
    assert.equal(terms.get('heart-health')?.url, '/tags/heart-health/');
  });

  it('has no terms when no article has tags, and ignores a tag repeated on one article', () => {
    assert.equal(groupByTag([article('a', [])]).size, 0);
    assert.equal(groupByTag([article('a', ['x', 'x'])]).get('x')?.articles.length, 1);
  });

  it('reads only tags, not categories', () => {
    assert.equal(groupByTag([article('a', [], ['Sleep'])]).size, 0);
  });
});

describe('groupByCategory', () => {
  it('groups articles under each of their categories, with category URLs', () => {
    const a = article('a', ['sleep'], ['Heart and circulation', 'Sleep']);
    const b = article('b', [], ['Sleep']);
    const terms = groupByCategory([a, b]);
    assert.deepEqual([...terms.keys()], ['heart-and-circulation', 'sleep']);
    assert.deepEqual(terms.get('sleep')?.articles, [a, b]);
    assert.equal(terms.get('heart-and-circulation')?.url, '/categories/heart-and-circulation/');
    assert.equal(terms.get('heart-and-circulation')?.name, 'Heart and circulation');
  });

  it('merges categories that differ only in case or spacing, named as the newest article writes it', () => {
    const a = article('a', [], ['Heart  and Circulation']);
    const b = article('b', [], ['heart and circulation ']);
    const c = article('c', [], ['HEART_AND_CIRCULATION']);
    const terms = groupByCategory([a, b, c]);
    assert.equal(terms.size, 1);
    assert.equal(terms.get('heart-and-circulation')?.name, 'Heart  and Circulation');
    assert.deepEqual(terms.get('heart-and-circulation')?.articles, [a, b, c]);
  });

  it('has no term for an article without categories, or with a name that has no letters or digits', () => {
    assert.equal(groupByCategory([article('a', ['sleep']), article('b', [], ['!?'])]).size, 0);
  });

  it('counts an article once under a category it lists twice', () => {
    assert.equal(groupByCategory([article('a', [], ['Sleep', 'sleep'])]).get('sleep')?.articles.length, 1);
  });
});

describe('byUse', () => {
  it('puts the most used term first, then orders by name', () => {
    const a = article('a', [], ['Sleep', 'Bones']);
    const b = article('b', [], ['Sleep', 'Allergies']);
    assert.deepEqual(byUse(groupByCategory([a, b]).values()).map((term) => term.name), ['Sleep', 'Allergies', 'Bones']);
  });
});
