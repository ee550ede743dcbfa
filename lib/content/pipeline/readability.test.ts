import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countProse, countSyllables, readabilityOf } from './readability';

describe('reading figures', () => {
  it('counts syllables as the usual English heuristic does', () => {
    const words = { the: 1, cat: 1, heart: 1, attack: 2, pressure: 2, breathless: 2, medicine: 3, appointment: 3, ambulance: 3, emergency: 4, cardiovascular: 5, "doctor's": 2, '2024': 1 };
    for (const [word, syllables] of Object.entries(words)) assert.equal(countSyllables(word), syllables, word);
  });

  it('ends a sentence at . ! ? and at the end of each block, and counts words in each', () => {
    assert.deepEqual(countProse(['Call an ambulance now. Do not wait!', 'Is it pain?', 'a list item without a full stop']), { sentences: 4, words: 17, syllables: 21 });
    assert.deepEqual(countProse(['Version 1.5 of the guide, e.g. this one.']), { sentences: 2, words: 9, syllables: 10 }, 'abbreviations split sentences: a known limit');
    assert.deepEqual(countProse(['', '  ', '—']), { sentences: 0, words: 0, syllables: 0 });
  });

  it('gives the Flesch–Kincaid grade and words per sentence of fixed texts', () => {
    // 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23: short sentences of one-syllable words.
    assert.deepEqual(readabilityOf(countProse(['The cat sat down. The dog ran off.'])), { grade: -2.2, wordsPerSentence: 4 });
    const hard = 'Cardiovascular complications necessitate immediate professional evaluation, particularly when accompanied by diaphoresis, dyspnoea or radiating discomfort.';
    const figures = readabilityOf(countProse([hard]));
    assert.ok(figures && figures.grade > 18, `grade ${figures?.grade}`);
    assert.equal(figures?.wordsPerSentence, 15);
    assert.equal(readabilityOf({ sentences: 0, words: 0, syllables: 0 }), null);
  });
});
