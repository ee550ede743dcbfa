import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { azLetterOf, healthAz, type AzGroup } from './health-a-z';

const article = (title: string, synonyms: string[] = []) => ({ title, url: `/posts/${title.toLowerCase().replace(/\W+/g, '-')}/`, synonyms });
const group = (groups: AzGroup[], letter: string) => groups.find((g) => g.letter === letter);
const names = (groups: AzGroup[], letter: string) => group(groups, letter)?.entries.map((entry) => (entry.see ? `${entry.name}, see ${entry.see}` : entry.name));

describe('healthAz', () => {
  it('keeps every letter A to Z then "#", empty ones included', () => {
    const groups = healthAz([article('Asthma')], 'en');
    assert.deepEqual(groups.map((g) => g.letter).join(''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
    assert.equal(group(groups, 'B')?.entries.length, 0);
    assert.equal(group(groups, 'B')?.id, 'letter-b');
    assert.equal(group(groups, '#')?.id, 'letter-other');
    assert.deepEqual([group(groups, 'B')?.slug, group(groups, '#')?.slug], ['b', 'other']);
  });

  it('lists an article under its title and under each synonym, which points to the article', () => {
    const dvt = article('Deep vein thrombosis', ['DVT', 'Blood clot in the leg']);
    const groups = healthAz([dvt], 'en');
    assert.deepEqual(names(groups, 'D'), ['Deep vein thrombosis', 'DVT, see Deep vein thrombosis']);
    assert.deepEqual(names(groups, 'B'), ['Blood clot in the leg, see Deep vein thrombosis']);
    assert.equal(group(groups, 'B')?.entries[0].url, dvt.url);
  });

  it('leaves out a synonym that is the title in another case', () => {
    assert.deepEqual(names(healthAz([article('Gout', ['gout'])], 'en'), 'G'), ['Gout']);
  });

  it('sorts as people read: case and accents aside, numbers by value', () => {
    const groups = healthAz([article('eczema'), article('Ear infection'), article('Épilepsy'), article('Ebola')], 'en');
    assert.deepEqual(names(groups, 'E'), ['Ear infection', 'Ebola', 'eczema', 'Épilepsy']);
    assert.deepEqual(names(healthAz([article('10 steps'), article('2 a day')], 'en'), '#'), ['2 a day', '10 steps']);
  });

  it('puts digits and letters outside the Latin alphabet under "#"', () => {
    assert.equal(azLetterOf('5:2 diet'), '#');
    assert.equal(azLetterOf('Грипп'), '#');
    assert.equal(azLetterOf('糖尿病'), '#');
    assert.equal(azLetterOf('“Quoted” name'), 'Q');
    assert.equal(azLetterOf('Ödem'), 'O');
  });
});

describe('healthAz by condition', () => {
  it('lists a question title under the condition it names, and front matter’s condition over the title', () => {
    const groups = healthAz(
      [
        { ...article('What Is Type 2 Diabetes?', ['Diabetes mellitus type 2']), condition: null },
        { ...article('How to Lower Blood Pressure'), condition: 'High blood pressure' },
      ],
      'en',
    );
    assert.deepEqual(names(groups, 'T'), ['Type 2 diabetes']);
    assert.deepEqual(names(groups, 'D'), ['Diabetes mellitus type 2, see Type 2 diabetes']);
    assert.deepEqual(names(groups, 'H'), ['High blood pressure']);
    assert.deepEqual(names(groups, 'W'), []);
  });
});
