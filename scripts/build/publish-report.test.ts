import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishReport } from './publish-report';

const warning = (file: string, line: number) => ({ file, line, column: 1, rule: 'heading-order' as const, message: 'heading level skips from h2 to h4' });
const none = { scheduled: [], expiring: [], expired: [] };

describe('publishReport', () => {
  it('says the result first, then the pages it updated, then only the changed files’ warnings, then the counts', () => {
    const lines = publishReport({
      outcome: { kind: 'published', origin: 'http://127.0.0.1:3000', seconds: '1.2', live: ['/posts/knee/', '/posts/'], gone: [] },
      warnings: [warning('content/posts/other.md', 3), warning('content/posts/knee.md', 9)],
      changedFiles: new Set(['content/posts/knee.md']),
      all: false,
      schedule: { ...none, scheduled: [{ file: 'content/posts/flu.md', at: '2027-10-01T08:00:00.000Z' }] },
      timeZone: 'Europe/London',
    });
    assert.deepEqual(lines, [
      'Published: 2 pages live on http://127.0.0.1:3000 in 1.2 s.',
      '  updated: /posts/knee/',
      '  updated: /posts/',
      '',
      'Scheduled and expiring (Europe/London):',
      '  content/posts/flu.md: scheduled: goes live at 2027-10-01 09:00 BST',
      '',
      'content/posts/knee.md:9:1: warning: heading level skips from h2 to h4 [heading-order]',
      '',
      '0 errors and 1 warning (1 more warning in files this publish did not change: --all shows them).',
    ]);
  });

  it('when refused, names why and each problem first; --all shows every file’s warnings', () => {
    const lines = publishReport({
      outcome: { kind: 'refused', reason: 'a file has problems', problems: [{ file: 'content/posts/knee.md', line: 5, column: 1, message: '"tag" is not a key the site reads: it should be "tags"' }] },
      warnings: [warning('content/posts/other.md', 3)],
      changedFiles: new Set(['content/posts/knee.md']),
      all: true,
      schedule: none,
      timeZone: 'Europe/London',
    });
    assert.equal(lines[0], 'Not published: a file has problems. The live site is as it was.');
    assert.equal(lines[1], 'content/posts/knee.md:5:1: error: "tag" is not a key the site reads: it should be "tags"');
    assert.equal(lines.at(-1), '1 error and 1 warning.');
  });
});
