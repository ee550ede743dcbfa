import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleSummary } from './article';
import { groupByTag } from './taxonomy';

const article = (slug: string, tags: string[]) => ({ slug, tags }) as unknown as ArticleSummary;

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
});
