import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { servesThisStore } from './served-store';

describe('servesThisStore', () => {
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-served-store-'));
  fs.writeFileSync(path.join(storeDir, 'index.json'), '{"articles":[]}');
  let builtAt: string | null = fs.statSync(path.join(storeDir, 'index.json')).mtime.toISOString();
  const server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', builtAt })));
  const origin = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
  after(() => {
    server.close();
    fs.rmSync(storeDir, { recursive: true, force: true });
  });

  it('is true when the server names the index this store holds, false for another copy or no answer', async () => {
    assert.equal(await servesThisStore(await origin, storeDir), true);
    builtAt = '2020-01-01T00:00:00.000Z';
    assert.equal(await servesThisStore(await origin, storeDir), false);
    builtAt = null;
    assert.equal(await servesThisStore(await origin, storeDir), false);
    assert.equal(await servesThisStore('http://127.0.0.1:1', storeDir), false);
  });
});
