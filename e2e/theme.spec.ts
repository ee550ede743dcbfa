import type { Page } from '@playwright/test';
import { SEED, expect, test } from './helpers';

declare global {
  interface Window {
    /** data-theme on <html> when the parser reached the end of <head>, i.e. before anything in <body> could paint. */
    __themeAtHeadEnd?: string | null;
  }
}

const PROBE = '<script>window.__themeAtHeadEnd = document.documentElement.getAttribute("data-theme");</script>';

/**
 * Serves the page's own HTML with a probe script appended to <head>, so we can
 * see what data-theme was before the body started rendering (no flash of the
 * wrong theme).
 */
async function probeThemeBeforeBody(page: Page, path: string): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = await response.text();
      expect(html, 'the page has a </head>').toContain('</head>');
      await route.fulfill({ response, body: html.replace('</head>', `${PROBE}</head>`) });
    },
  );
}

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const themeAtHeadEnd = (page: Page) => page.evaluate(() => window.__themeAtHeadEnd);

for (const system of ['light', 'dark'] as const) {
  test(`follows the ${system} system theme before first paint when no choice is stored`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await probeThemeBeforeBody(page, '/');
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    expect(await themeAtHeadEnd(page)).toBe(system);
    expect(await themeOf(page)).toBe(system);
  });
}

test('theme toggle flips the theme, persists across reloads, without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(SEED.path);
  await expect.poll(() => themeOf(page)).toBe('light');

  const toggle = page.getByRole('banner').getByRole('button', { name: /theme/i });
  await expect(toggle).toHaveCount(1);
  await expect(toggle).toBeVisible();
  await toggle.click();
  await expect.poll(() => themeOf(page)).toBe('dark');

  await probeThemeBeforeBody(page, SEED.path);
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await themeAtHeadEnd(page), 'stored choice applied before <body> renders').toBe('dark');
  expect(await themeOf(page)).toBe('dark');
  await page.waitForLoadState('load');
  await expect.poll(() => themeOf(page)).toBe('dark');

  // And back again.
  await page.getByRole('banner').getByRole('button', { name: /theme/i }).click();
  await expect.poll(() => themeOf(page)).toBe('light');
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await themeAtHeadEnd(page)).toBe('light');
});

test('the stored choice wins over the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect.poll(() => themeOf(page)).toBe('dark');
  await page.getByRole('banner').getByRole('button', { name: /theme/i }).click();
  await expect.poll(() => themeOf(page)).toBe('light');
  await page.reload();
  await expect.poll(() => themeOf(page)).toBe('light');
});

test('first Tab focuses the "Skip to content" link, which targets the main landmark', async ({ page }) => {
  await page.goto(SEED.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content', exact: true });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const href = await skip.getAttribute('href');
  expect(href).toMatch(/^#./);
  const main = page.getByRole('main');
  await expect(main).toHaveCount(1);
  await expect(main).toHaveAttribute('id', decodeURIComponent(href!.slice(1)));

  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
});
