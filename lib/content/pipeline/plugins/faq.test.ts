import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileBody } from '../compile';

const compile = (body: string) => compileBody({ file: 'faq.md', format: 'md', body, title: 'FAQ test' });

describe('the FAQ section', () => {
  it('takes the headings one level under an "FAQs" heading as questions, and stops at the next section', async () => {
    const { faq } = await compile('## Intro\n\nText.\n\n## FAQs\n\n### Is it serious?\n\nSometimes.\n\n- Call 111.\n\n### Does it hurt?\n\nIt can.\n\n## Sources\n\n### Not a question\n\nNo.\n');
    assert.deepEqual(faq, [
      { question: 'Is it serious?', answer: 'Sometimes. Call 111.' },
      { question: 'Does it hurt?', answer: 'It can.' },
    ]);
  });

  it('finds nothing without such a section, and skips a question with no answer', async () => {
    assert.deepEqual((await compile('## Questions people ask\n\n### Why?\n\nBecause.\n')).faq, []);
    assert.deepEqual((await compile('# frequently asked questions\n\n## Empty?\n\n## Why?\n\nBecause.\n')).faq, [{ question: 'Why?', answer: 'Because.' }]);
  });
});
