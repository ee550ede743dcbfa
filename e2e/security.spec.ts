import type { Page } from '@playwright/test';
import { site } from '../lib/site';
import { APP_HOST, DRAFT, HTTP_404_LOG, PREVIEW_SECRET, SEED, expect, test } from './helpers';

// The security headers on every kind of response, and pages that break no rule of their own
// Content-Security-Policy and ask no other host for anything.
const origin = `http://${APP_HOST}`;

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`));
  });
  return () => page.evaluate(() => window.__cspViolations);
}

const policyOf = (header: string | null) =>
  new Map(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );

test.describe('security headers', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'headers do not depend on the viewport'));

  test('every kind of response carries them: a page, a static asset, a 404 and a preview page', async ({ page }) => {
    const html = await (await fetch(origin + SEED.path)).text();
    const asset = /href="(\/_next\/static\/[^"]+\.css(?:\?[^"]*)?)"/.exec(html)?.[1];
    expect(asset, 'the page links a stylesheet').toBeDefined();
    const preview = await page.request.get(`${origin}/api/preview/?secret=${PREVIEW_SECRET}&slug=${DRAFT.slug}`);
    expect(new URL(preview.url()).pathname).toBe(`/preview/posts/${DRAFT.slug}/`);

    const responses = {
      page: (await fetch(origin + SEED.path)).headers,
      'static asset': (await fetch(origin + asset)).headers,
      '404': (await fetch(`${origin}/no-such-page/`)).headers,
      'preview page': new Headers(preview.headers()),
    };
    for (const [kind, headers] of Object.entries(responses)) {
      const policy = policyOf(headers.get('content-security-policy'));
      for (const [directive, values] of Object.entries({
        'default-src': ["'self'"],
        'style-src-elem': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      })) {
        expect(policy.get(directive), `${kind}: ${directive}`).toEqual(values);
      }
      // Only over TLS (SITE_URL https://…): on plain http it would send every request to an https:// address.
      expect(policy.get('upgrade-insecure-requests'), kind).toEqual(site.url.startsWith('https://') ? [] : undefined);
      expect(policy.get('script-src'), `${kind}: script-src`).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
      expect(headers.get('content-security-policy'), kind).not.toContain("'unsafe-eval'");
      // Plain http here: HSTS only where the TLS end says https (the test below).
      expect(headers.get('strict-transport-security'), kind).toBeNull();
      expect(headers.get('x-frame-options'), kind).toBe('DENY');
      expect(headers.get('permissions-policy'), kind).toBe('camera=(), microphone=(), geolocation=()');
      expect(headers.get('cross-origin-opener-policy'), kind).toBe('same-origin');
      expect(headers.get('x-content-type-options'), kind).toBe('nosniff');
      expect(headers.get('referrer-policy'), kind).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-powered-by'), kind).toBeNull();
    }
  });
});

test.describe('HSTS', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'headers do not depend on the viewport'));

  test('is sent only when the TLS end in front says the request came over https', async () => {
    const overTls = await fetch(origin + SEED.path, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(overTls.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const plain = await fetch(origin + SEED.path, { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});

test.describe('no CSP violation, no other host', () => {
  for (const path of [SEED.path, '/posts/dvt-and-long-haul-flights/', '/', '/posts/', '/tags/blood-clots/', '/no-such-page/']) {
    test(`${path} breaks no rule of its policy and asks no other host for anything`, async ({ page, guard }) => {
      guard.allowConsoleError(HTTP_404_LOG);
      const violations = await watchViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      expect(guard.foreignRequests).toEqual([]);
    });
  }

  test('playing the video and switching the theme break no rule either', async ({ page, guard }) => {
    const violations = await watchViolations(page);
    await page.goto(SEED.path);
    await page.getByRole('button', { name: /theme/i }).first().click();
    await page.getByRole('button', { name: /^Play video/ }).click();
    await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toBeVisible();
    // Not 'networkidle': offline, the player's own requests may keep the network busy past the timeout.
    // A blocked source is reported as soon as the element asks for it.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await violations()).toEqual([]);
    // The player, once asked for, is the only other host.
    expect(guard.foreignRequests.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
  });

  test('a remote image that could not be stored shows its alt text in a small box, without a request', async ({ page, guard }) => {
    await page.goto(SEED.path);
    const fallback = page.getByRole('img', { name: 'What Are The Symptoms Of A Blood Clot Behind The Knee?' });
    await expect(fallback.first()).toBeVisible();
    await expect(fallback.first()).toHaveText('Image not available: What Are The Symptoms Of A Blood Clot Behind The Knee?');
    // A line or two of text, not a frame the size of the image that never came (it pushed the article down).
    const box = await fallback.first().boundingBox();
    expect(box!.height).toBeLessThan(120);
    expect(guard.foreignRequests).toEqual([]);
  });
});
