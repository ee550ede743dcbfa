import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { methodDecision, methodResponse } from './http-rules';

describe('methodDecision', () => {
  it('lets GET and HEAD through everywhere', () => {
    for (const path of ['/', '/posts/knee/', '/index.xml', '/_next/static/a.js', '/api/health']) {
      for (const method of ['GET', 'HEAD']) assert.deepEqual(methodDecision(method, path), { kind: 'pass' }, `${method} ${path}`);
    }
  });

  it('refuses writes on pages with 405, one Allow list and no caching', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
      assert.deepEqual(methodDecision(method, '/posts/knee/'), { kind: 'answer', status: 405, allow: 'GET, HEAD, OPTIONS', cacheControl: 'no-store' }, method);
    }
  });

  it('answers OPTIONS on a page itself, with 204 and the Allow list', () => {
    assert.deepEqual(methodDecision('OPTIONS', '/'), { kind: 'answer', status: 204, allow: 'GET, HEAD, OPTIONS', cacheControl: 'no-store' });
  });

  it('lets the API routes answer POST and OPTIONS, and refuses what no route takes', () => {
    assert.deepEqual(methodDecision('POST', '/api/revalidate/'), { kind: 'pass' });
    assert.deepEqual(methodDecision('OPTIONS', '/api/revalidate/'), { kind: 'pass' });
    assert.equal(methodDecision('DELETE', '/api/revalidate/').kind, 'answer');
  });
});

describe('methodResponse', () => {
  it('gives a single Allow header and no-store', async () => {
    const response = methodResponse('POST', '/posts/knee/');
    assert.ok(response);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(await response.text(), 'Method not allowed\n');
  });

  it('is null for a request Next should answer', () => {
    assert.equal(methodResponse('GET', '/'), null);
  });
});
