import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageCount, paginate } from './pagination';

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('has one empty first page for an empty list', () => {
    assert.deepEqual(paginate([], 1, 10), { items: [], number: 1, totalPages: 1 });
    assert.equal(paginate([], 2, 10), null);
    assert.equal(pageCount(0, 10), 1);
  });

  it('keeps exactly one page full, and moves one more to a second page', () => {
    assert.equal(paginate(list(10), 1, 10)?.totalPages, 1);
    assert.deepEqual(paginate(list(10), 1, 10)?.items, list(10));
    assert.equal(pageCount(10, 10), 1);
    assert.equal(paginate(list(10), 2, 10), null);
    assert.equal(paginate(list(11), 1, 10)?.items.length, 10);
    assert.deepEqual(paginate(list(11), 2, 10), { items: [10], number: 2, totalPages: 2 });
    assert.equal(paginate(list(11), 3, 10), null);
    assert.equal(pageCount(11, 10), 2);
  });

  it('refuses pages that are not whole numbers from 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) assert.equal(paginate(list(30), bad, 10), null);
  });
});
