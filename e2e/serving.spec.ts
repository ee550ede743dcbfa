import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { APP_HOST, SEED } from './helpers';

// server.mjs sends prerendered pages itself (gzipped once, from memory) and hands everything else to
// Next: these check that both paths answer as Next would.
const test = base;
const origin = `http://${APP_HOST}`;
const seedFile = `.next/server/app/posts/${SEED.slug}.html`;

test.describe('serving (npm start)', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'HTTP-level checks need no second viewport'));

  test('a prerendered page is the build output, gzipped, with an ETag that answers 304', async () => {
    const response = await fetch(origin + SEED.path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toContain('rsc');
    expect(await response.text()).toBe(fs.readFileSync(seedFile, 'utf8'));

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(origin + SEED.path, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  test('client navigation (RSC) requests reach Next', async () => {
    const response = await fetch(origin + SEED.path, { headers: { rsc: '1', 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/x-component');
  });

  test('a client without gzip still gets the page, from Next', async () => {
    const response = await fetch(origin + SEED.path, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toContain(SEED.title);
  });

  test("a URL without its trailing slash redirects to Hugo's URL; unknown paths are 404", async () => {
    const redirect = await fetch(origin + SEED.path.replace(/\/$/, ''), { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe(SEED.path);
    expect((await fetch(`${origin}/posts/no-such-article/`)).status).toBe(404);
  });
});
