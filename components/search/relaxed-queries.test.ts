import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relaxedQueries } from './relaxed-queries';

describe('relaxedQueries', () => {
  it("gives each word's stems, longer first, longest words first", () => {
    assert.deepEqual(relaxedQueries('diabeties'), [['diabet', 'diabe', 'diab']]);
    assert.deepEqual(relaxedQueries('Clott behind knees'), [['behi'], ['clot'], ['knee']]);
  });

  it('drops short words and repeats, and gives nothing for a term of only short words', () => {
    assert.deepEqual(relaxedQueries('the flu'), []);
    assert.deepEqual(relaxedQueries('asthma asthma'), [['asth']]);
  });

  it('reads letters of any script', () => {
    assert.deepEqual(relaxedQueries('Kopfschmerzen'), [['kopfschm', 'kopfsch', 'kopfsc', 'kopfs', 'kopf']]);
  });
});
