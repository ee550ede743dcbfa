import { test as base, expect } from '@playwright/test';
import { APP_HOST, SEED } from './helpers';

// `npm start` is Next's own server: every response gets its headers from next.config.js, and the
// revalidation route exists only when REVALIDATE_SECRET is set (it is not, for these tests).
const test = base;
const origin = `http://${APP_HOST}`;

const PAGES = [
  { name: 'an article', path: SEED.path, status: 200 },
  { name: 'the home page', path: '/', status: 200 },
  { name: 'a list page', path: '/posts/', status: 200 },
  { name: 'a 404', path: '/no-such-page/', status: 404 },
];

test.describe('serving (npm start)', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'HTTP-level checks need no second viewport'));

  for (const { name, path, status } of PAGES) {
    test(`${name} carries the security headers from next.config.js`, async () => {
      const response = await fetch(origin + path, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(status);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  }

  test('client navigation (RSC) requests get the headers too', async () => {
    const response = await fetch(origin + SEED.path, { headers: { rsc: '1', 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/x-component');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('pages are compressed for clients that accept gzip, and plain for those that do not', async () => {
    const gzipped = await fetch(origin + SEED.path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.text()).toContain(SEED.title);
    const plain = await fetch(origin + SEED.path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain(SEED.title);
  });

  test("a URL without its trailing slash redirects to Hugo's URL; unknown paths are 404", async () => {
    const redirect = await fetch(origin + SEED.path.replace(/\/$/, ''), { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe(SEED.path);
    expect((await fetch(`${origin}/posts/no-such-article/`)).status).toBe(404);
  });

  test('the revalidation route does not exist when REVALIDATE_SECRET is unset', async () => {
    const response = await fetch(`${origin}/api/revalidate/`, {
      method: 'POST',
      headers: { authorization: 'Bearer guess', 'content-type': 'application/json' },
      body: JSON.stringify({ paths: [SEED.path] }),
    });
    expect(response.status).toBe(404);
  });
});
