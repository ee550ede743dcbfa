import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildInputsFingerprint } from './inputs';

describe('buildInputsFingerprint', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-inputs-'));
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  };
  write('app/page.tsx', 'one');
  write('components/card.tsx', 'card');
  write('content/posts/a.md', 'article');

  it('changes with the code and settings, not with articles or generated CSS', () => {
    const first = buildInputsFingerprint(root);
    write('content/posts/a.md', 'edited article');
    write('app/globals.generated.css', '.x{}');
    assert.equal(buildInputsFingerprint(root), first);
    write('components/card.tsx', 'card, changed');
    const changed = buildInputsFingerprint(root);
    assert.notEqual(changed, first);
    write('proxy.ts', 'proxy');
    const second = buildInputsFingerprint(root);
    assert.notEqual(second, changed);
    process.env.SITE_URL = 'https://example.org';
    try {
      assert.notEqual(buildInputsFingerprint(root), second);
    } finally {
      delete process.env.SITE_URL;
    }
  });
});
