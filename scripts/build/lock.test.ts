import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { takeLock } from './lock';

describe('takeLock', () => {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-lock-'));

  it('lets one holder in at a time, and lets the next in once it is released', () => {
    const first = takeLock(storeDir, 'publish');
    assert.ok(first.ok);
    assert.deepEqual(takeLock(storeDir, 'publish'), { ok: false, holder: process.pid });
    first.release();
    const again = takeLock(storeDir, 'publish');
    assert.ok(again.ok);
    if (again.ok) again.release();
  });

  it('takes over a lock whose process has gone', () => {
    fs.writeFileSync(path.join(storeDir, 'publish.lock'), '2147483646');
    const taken = takeLock(storeDir, 'publish');
    assert.ok(taken.ok);
    assert.equal(fs.readFileSync(path.join(storeDir, 'publish.lock'), 'utf8'), String(process.pid));
    if (taken.ok) taken.release();
  });
});
