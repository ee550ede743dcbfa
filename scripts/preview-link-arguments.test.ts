import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPreviewLinkArguments } from './preview-link-arguments';

describe('npm run preview-link arguments', () => {
  it('makes a link for 72 hours, or as many as asked', () => {
    assert.deepEqual(readPreviewLinkArguments(['knee-pain']), { kind: 'make', slug: 'knee-pain', hours: 72 });
    assert.deepEqual(readPreviewLinkArguments(['knee-pain', '--hours', '2.5']), { kind: 'make', slug: 'knee-pain', hours: 2.5 });
  });

  it('revokes one link or every link of an article', () => {
    assert.deepEqual(readPreviewLinkArguments(['--revoke', 'abc']), { kind: 'revoke', id: 'abc' });
    assert.deepEqual(readPreviewLinkArguments(['--revoke-all', 'knee-pain']), { kind: 'revoke-all', slug: 'knee-pain' });
  });

  it('names what is wrong', () => {
    assert.match(JSON.stringify(readPreviewLinkArguments([])), /its slug comes first/);
    assert.match(JSON.stringify(readPreviewLinkArguments(['knee-pain', '--hours', '-1'])), /--hours takes a number/);
    assert.match(JSON.stringify(readPreviewLinkArguments(['knee-pain', '--days', '3'])), /Unknown argument \\"--days\\"/);
    assert.match(JSON.stringify(readPreviewLinkArguments(['--revoke'])), /takes one link id/);
  });
});
