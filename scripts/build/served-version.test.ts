// Publish's check that a page as served changed, against a real HTTP server whose pages change or not.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fingerprintPages, unchangedPages } from './served-version';

const pages = new Map([['/edited/', 'old'], ['/stale/', 'old']]);
let server: http.Server;
let origin = '';

describe('whether the served pages changed after a publish', () => {
  before(async () => {
    server = http.createServer((request, response) => {
      const body = pages.get(request.url ?? '');
      response.statusCode = body === undefined ? 404 : 200;
      response.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('names the pages still served as before, not the new or changed ones', async () => {
    const before = await fingerprintPages(origin, ['/edited/', '/stale/', '/new/']);
    assert.equal(before.get('/new/'), null);
    pages.set('/edited/', 'new');
    pages.set('/new/', 'new');
    assert.deepEqual(await unchangedPages(origin, before), ['/stale/']);
  });
});
