// The publish side of the caches in front, against real HTTP servers standing in for nginx and a CDN's
// webhook (nginx itself is exercised by tests/deploy/shared-cache.test.ts).
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { proxySettings, refreshCachesInFront, REFRESH_HEADER } from './proxy-refresh';

const seen: { method?: string; url?: string; refresh?: string; body: string; authorization?: string }[] = [];
let server: http.Server;
let origin = '';

describe('refreshing the caches in front after a publish', () => {
  before(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, refresh: request.headers[REFRESH_HEADER.toLowerCase()] as string | undefined, body, authorization: request.headers.authorization });
        response.statusCode = request.url === '/broken/' ? 500 : request.url === '/removed/' ? 404 : 200;
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('requests each path through nginx with the secret header, and posts absolute URLs to the webhook', async () => {
    seen.length = 0;
    const settings = proxySettings({ PULSE_PROXY_URL: `${origin}/`, PULSE_PROXY_REFRESH_SECRET: 's3cret', PULSE_PURGE_URL: `${origin}/purge`, PULSE_PURGE_TOKEN: 'tok', SITE_URL: 'https://example.org/' });
    const report = await refreshCachesInFront(['/posts/a/', '/removed/'], settings);
    assert.deepEqual(report, { refreshed: ['/posts/a/', '/removed/'], purged: ['https://example.org/posts/a/', 'https://example.org/removed/'] });
    const gets = seen.filter((request) => request.method === 'GET');
    assert.deepEqual(gets.map((request) => [request.url, request.refresh]).sort(), [['/posts/a/', 's3cret'], ['/removed/', 's3cret']]);
    const purge = seen.find((request) => request.method === 'POST');
    assert.deepEqual(JSON.parse(purge?.body ?? '{}'), { urls: ['https://example.org/posts/a/', 'https://example.org/removed/'] });
    assert.equal(purge?.authorization, 'Bearer tok');
  });

  it('names every page nginx did not refresh, and what to check', async () => {
    await assert.rejects(refreshCachesInFront(['/posts/a/', '/broken/'], proxySettings({ PULSE_PROXY_URL: origin, PULSE_PROXY_REFRESH_SECRET: 's' })), /did not refresh 1 of 2 pages[\s\S]*\/broken\/: 500[\s\S]*PULSE_PROXY_REFRESH_SECRET/);
  });

  it('does nothing without settings, and refuses a proxy address without its secret', async () => {
    assert.deepEqual(await refreshCachesInFront(['/x/'], proxySettings({})), { refreshed: [], purged: [] });
    assert.throws(() => proxySettings({ PULSE_PROXY_URL: origin }), /PULSE_PROXY_REFRESH_SECRET is not/);
  });
});
