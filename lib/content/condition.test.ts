import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleCondition, conditionFromTitle } from './condition';

describe('conditionFromTitle', () => {
  it('drops a leading question and its question mark, in sentence case', () => {
    assert.equal(conditionFromTitle('What Is Type 2 Diabetes?'), 'Type 2 diabetes');
    assert.equal(conditionFromTitle('what are the symptoms of a blood clot behind the knee?'), 'Symptoms of a blood clot behind the knee');
    assert.equal(conditionFromTitle('How to Lower Blood Pressure Without Medication'), 'Lower blood pressure without medication');
    assert.equal(conditionFromTitle('WHEN TO see a doctor about a cough'), 'See a doctor about a cough');
    assert.equal(conditionFromTitle('Why Sleep Matters'), 'Sleep matters');
    assert.equal(conditionFromTitle('What is a Stroke?'), 'Stroke');
  });

  it('keeps acronyms, names and mixed-case words as written', () => {
    assert.equal(conditionFromTitle('What Is COVID-19?'), 'COVID-19');
    assert.equal(conditionFromTitle('How to Talk to Your GP About HbA1c'), 'Talk to your GP about HbA1c');
    assert.equal(conditionFromTitle("What Is Crohn's Disease?"), "Crohn's disease");
  });

  it('leaves a title that asks nothing as written', () => {
    assert.equal(conditionFromTitle('Living With Type 2 Diabetes'), 'Living With Type 2 Diabetes');
    assert.equal(conditionFromTitle('Whatever you need'), 'Whatever you need');
    assert.equal(conditionFromTitle('What is'), 'What is');
  });
});

describe('articleCondition', () => {
  it('takes front matter’s condition over the title', () => {
    assert.equal(articleCondition({ title: 'What Is Type 2 Diabetes?', condition: 'Diabetes, type 2' }), 'Diabetes, type 2');
    assert.equal(articleCondition({ title: 'What Is Type 2 Diabetes?', condition: null }), 'Type 2 diabetes');
  });
});
