import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestSlugs } from './closest-slugs';

const slugs = ['knee-pain', 'back-pain', 'knee-replacement', 'asthma', 'hay-fever'];

describe('closestSlugs', () => {
  it('names the slug of a typo, a file name or a path first', () => {
    assert.equal(closestSlugs('knee-pian', slugs)[0], 'knee-pain');
    assert.equal(closestSlugs('knee-pain.md', slugs)[0], 'knee-pain');
    assert.equal(closestSlugs('posts/Knee-Pain/index.md', slugs)[0], 'knee-pain');
    assert.deepEqual(closestSlugs('knee', slugs), ['knee-pain', 'knee-replacement']);
  });

  it('suggests nothing far away', () => {
    assert.deepEqual(closestSlugs('diabetes-type-2', slugs), []);
  });
});
