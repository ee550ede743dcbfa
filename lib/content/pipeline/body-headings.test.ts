// A body's own h1s (issue 27, item 7): Hugo posts often make every section one. The page shows them as
// sections (app/globals.css); the checker says so once per body, not once per heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileBody } from './compile';

describe('single-h1', () => {
  it('one warning for a body with several h1s, at the second, listing their lines', async () => {
    const body = '# Introduction\n\nText.\n\n# Methods\n\nText.\n\n# Results\n\nText.\n';
    const { warnings } = await compileBody({ file: 'x.md', format: 'md', body, title: 'T' });
    const h1 = warnings.filter((warning) => warning.rule === 'single-h1');
    assert.equal(h1.length, 1);
    assert.equal(h1[0].line, 5);
    assert.match(h1[0].message, /^3 h1 headings in the body \(lines 1, 5, 9\)/);
  });

  it('none for one h1', async () => {
    const { warnings } = await compileBody({ file: 'x.md', format: 'md', body: '# Only\n\nText.\n', title: 'T' });
    assert.deepEqual(warnings.filter((warning) => warning.rule === 'single-h1'), []);
  });
});
