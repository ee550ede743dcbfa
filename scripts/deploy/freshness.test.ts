import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { staleBuildMessage } from './freshness';

function project() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-freshness-'));
  const store = path.join(dir, '.content');
  fs.mkdirSync(path.join(store, 'bodies'), { recursive: true });
  const stamp = path.join(dir, 'pulse-build-id');
  for (const file of ['index.json', 'search.json', 'live-site.json']) fs.writeFileSync(path.join(store, file), '{}');
  fs.writeFileSync(stamp, 'abc\n');
  const at = (file: string, seconds: number) => fs.utimesSync(file, new Date(seconds * 1000), new Date(seconds * 1000));
  return { dir, store, stamp, at };
}

describe('packaging after a publish', () => {
  it('accepts a build newer than every file of the store (pending files of a build in progress aside)', () => {
    const { store, stamp, at } = project();
    for (const file of ['index.json', 'search.json', 'live-site.json']) at(path.join(store, file), 1000);
    fs.writeFileSync(path.join(store, 'index.pending.json'), '{}');
    at(stamp, 2000);
    assert.equal(staleBuildMessage(store, stamp), null);
  });

  it('refuses naming each store file newer than the build, and what to run', () => {
    const { store, stamp, at } = project();
    at(path.join(store, 'search.json'), 1000);
    at(path.join(store, 'live-site.json'), 1000);
    at(stamp, 2000);
    at(path.join(store, 'index.json'), 3000);
    const message = staleBuildMessage(store, stamp) ?? '';
    assert.match(message, /content store is newer than the build .*pulse-build-id, 1970-01-01T00:33:20\.000Z/);
    assert.match(message, /index\.json \(1970-01-01T00:50:00\.000Z\)/);
    assert.doesNotMatch(message, /search\.json/);
    assert.match(message, /Run "npm run build" first, then "npm run package"/);
  });
});
