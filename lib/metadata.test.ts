import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleKeywords, metaDescription } from './metadata';

describe('metaDescription', () => {
  it('keeps a short text as it is, with its spaces squashed', () => {
    assert.equal(metaDescription('  Rest,  ice and\nelevation. '), 'Rest, ice and elevation.');
  });

  it('cuts a long text between words near 155 characters, never mid-word', () => {
    const words = 'A blood clot behind the knee can cause swelling, pain and warmth in the leg, and it needs a doctor to look at it the same day because it can travel to the lungs.';
    const cut = metaDescription(`${words} ${words}`);
    assert.ok(cut.length <= 160, `${cut.length} characters`);
    assert.ok(cut.length >= 120, `${cut.length} characters`);
    assert.ok(cut.endsWith('…'));
    const kept = cut.slice(0, -1);
    assert.ok(`${words} ${words}`.startsWith(kept));
    assert.match(`${words} ${words}`.slice(kept.length), /^[\s,.]/, 'the cut falls between words');
  });

  it('cuts a text with no spaces at the limit', () => {
    assert.equal(metaDescription('x'.repeat(300)).length, 156);
  });
});

describe('articleKeywords', () => {
  it('puts Hugo keywords first, then the tags, each once whatever its case', () => {
    assert.deepEqual(articleKeywords({ keywords: ['knee pain', 'Sleep'], tags: ['sleep', 'exercise'] }), ['knee pain', 'Sleep', 'exercise']);
  });
});
