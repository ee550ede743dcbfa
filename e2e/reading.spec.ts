// Reading comfort (#19): sharing an article (links, copy link, the browser's share sheet), its cover on
// the page and on list cards, printing it, going back to the top, and a 404 page that helps.
// Content: content/posts as committed (the blood-pressure article has a local cover,
// public/images/blood-pressure-cover.png, 960×540; chest-pain has a link to another site).
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { HTTP_404_LOG, SEED, expect, readPosts, test } from './helpers';

const COVERED = {
  path: '/posts/how-to-lower-blood-pressure-without-medication/',
  title: 'How to Lower Blood Pressure Without Medication',
  alt: 'A heart-rate trace on a pale blue background',
  caption: 'Small daily changes add up to a lower reading.',
  width: 960,
  height: 540,
};
const WITH_EXTERNAL_LINK = { path: '/posts/chest-pain-when-to-get-help/', linkName: 'guide to the warning signs' };

const SHARE_LINKS = [
  { name: 'Share on X', prefix: 'https://x.com/intent/tweet?', carriesTitle: true },
  { name: 'Share on Facebook', prefix: 'https://www.facebook.com/sharer/sharer.php?', carriesTitle: false },
  { name: 'Share on LinkedIn', prefix: 'https://www.linkedin.com/sharing/share-offsite/?', carriesTitle: false },
  { name: 'Share on WhatsApp', prefix: 'https://wa.me/?', carriesTitle: true },
  { name: 'Share on Telegram', prefix: 'https://t.me/share/url?', carriesTitle: true },
  { name: 'Share on Reddit', prefix: 'https://www.reddit.com/submit?', carriesTitle: true },
  { name: 'Share by email', prefix: 'mailto:?', carriesTitle: true },
];

const shareRegion = (page: Page) => page.getByRole('region', { name: 'Share this article' });
const canonicalUrl = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** Every value in a link's query, decoded (mailto: and https: alike). */
function queryValues(href: string): string[] {
  return href
    .slice(href.indexOf('?') + 1)
    .split('&')
    .map((pair) => decodeURIComponent(pair.slice(pair.indexOf('=') + 1)));
}

async function expectTouchTarget(locator: Locator, name: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, `${name} has a layout box`).not.toBeNull();
  expect(box!.width, `${name} is ${box!.width} px wide`).toBeGreaterThanOrEqual(44);
  expect(box!.height, `${name} is ${box!.height} px high`).toBeGreaterThanOrEqual(44);
}

async function expectRatio(locator: Locator, ratio: number, what: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, `${what} has a layout box`).not.toBeNull();
  expect(box!.height, `${what} has a height before and after it loads`).toBeGreaterThan(0);
  expect(Math.abs(box!.width / box!.height - ratio), `${what} is ${box!.width}×${box!.height}`).toBeLessThan(0.03);
}

test.describe('sharing an article', () => {
  test('share links at desktop size: one per service, named, to the article URL, 44 px targets', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the row of links at desktop size');
    // A browser without a share sheet of its own gets the row of links.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    await page.goto(SEED.path);
    const url = await canonicalUrl(page);
    expect(url, 'the article has a canonical URL').toMatch(/^https?:\/\/.+\/posts\/what-are-the-symptoms-of-a-blood-clot-behind-the-knee\/$/);

    const region = shareRegion(page);
    await expect(region.getByRole('link')).toHaveCount(SHARE_LINKS.length);
    for (const { name, prefix, carriesTitle } of SHARE_LINKS) {
      const link = region.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      const href = (await link.getAttribute('href')) ?? '';
      expect(href.startsWith(prefix), `${name}: ${href}`).toBe(true);
      const values = queryValues(href).join(' ');
      expect(values, `${name} carries the URL`).toContain(url!);
      if (carriesTitle) expect(values, `${name} carries the title`).toContain(SEED.title);
      await expectTouchTarget(link, name);
      await expect(link.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    }
    await expect(region.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  });

  test('the links load nothing from the services until one is followed', async ({ page, guard }) => {
    await page.goto(SEED.path);
    await shareRegion(page).scrollIntoViewIfNeeded();
    await page.waitForLoadState('load');
    const services = /(^|\.)(x\.com|twitter\.com|facebook\.com|linkedin\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|reddit\.com)$/;
    expect(guard.foreignRequests.filter((request) => services.test(new URL(request).hostname))).toEqual([]);
  });

  test('Copy link copies the article URL and says so, visibly and to screen readers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED.path);
    const url = await canonicalUrl(page);
    const region = shareRegion(page);
    const button = region.getByRole('button', { name: 'Copy link' });
    await expect(button).toBeVisible();
    await expectTouchTarget(button, 'Copy link');

    const status = region.getByRole('status');
    await expect(status).toHaveText('');
    await button.click();
    await expect(status).toHaveText('Link copied');
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test('where the browser has a share sheet, one Share button opens it in place of the links, and nothing below moves', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, 'sharedForTest', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
    await page.goto(SEED.path);
    const url = await canonicalUrl(page);
    const region = shareRegion(page);
    const share = region.getByRole('button', { name: 'Share', exact: true });
    await expect(share).toBeVisible();
    await expectTouchTarget(share, 'Share');
    await expect(region.getByRole('link')).toHaveCount(0);
    await expect(region.getByRole('button', { name: 'Copy link' })).toBeVisible();

    await share.click();
    const shared = await page.evaluate(() => (window as unknown as { sharedForTest: ShareData[] }).sharedForTest);
    expect(shared).toEqual([{ title: SEED.title, url }]);

    // The row and the button sit in boxes of the same height: the swap moves nothing below them.
    const withButton = await region.boundingBox();
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
    await page.reload();
    await expect(region.getByRole('link').first()).toBeVisible();
    const withLinks = await region.boundingBox();
    expect(withButton?.height).toBe(withLinks?.height);
  });

});

test.describe('covers', () => {
  test('the article shows its cover under the title with its caption, its box reserved before the image loads', async ({ page }) => {
    // Hold the image back: its box must already have the image's shape.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/image\?|\/images\/blood-pressure-cover\.png/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(COVERED.path, { waitUntil: 'domcontentloaded' });
    const figure = page.getByRole('main').locator('figure').filter({ has: page.getByRole('img', { name: COVERED.alt }) });
    const image = figure.getByRole('img', { name: COVERED.alt });
    await expect(image).toHaveAttribute('width', String(COVERED.width));
    await expect(image).toHaveAttribute('height', String(COVERED.height));
    await expectRatio(image, COVERED.width / COVERED.height, 'the cover, still loading');
    await expect(figure.locator('figcaption')).toHaveText(COVERED.caption);

    release();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectRatio(image, COVERED.width / COVERED.height, 'the cover, loaded');
    // Under the title: after the h1 in the page.
    const [h1Top, imageTop] = await Promise.all([page.locator('h1').boundingBox(), image.boundingBox()]);
    expect(imageTop!.y).toBeGreaterThan(h1Top!.y);
  });

  test('a list card shows the cover in a 16:9 box; a card without one shows no image', async ({ page }) => {
    await page.goto('/posts/');
    const card = page.getByRole('main').getByRole('article').filter({ has: page.getByRole('link', { name: COVERED.title }) });
    const image = card.getByRole('img', { name: COVERED.alt });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('sizes', /.+/);
    await expectRatio(image, 16 / 9, 'the card image');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const plain = page.getByRole('main').getByRole('article').filter({ has: page.getByRole('link', { name: 'Sleep Hygiene: Ten Habits for Better Sleep' }) });
    await expect(plain.locator('img')).toHaveCount(0);
  });
});

test.describe('printing an article', () => {
  test('prints without the header, footer, share row and back-to-top link; the contents list shows, closed or not', async ({ page }) => {
    await page.goto(COVERED.path);
    await expect(page.getByRole('banner')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(shareRegion(page)).toBeHidden();
    await expect(page.getByRole('link', { name: 'Back to top' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    // This article's contents list starts closed (TocOpen: false); on paper it is a plain list.
    const firstEntry = page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link').first();
    await expect(firstEntry).toBeVisible();
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(0, 0, 0)');
  });

  test('prints in black on white in the dark theme too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(COVERED.path);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  test("a link in the body prints its address after its text", async ({ page }) => {
    await page.goto(WITH_EXTERNAL_LINK.path);
    const link = page.getByRole('main').getByRole('link', { name: WITH_EXTERNAL_LINK.linkName });
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).not.toContain(href);
    await page.emulateMedia({ media: 'print' });
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  });
});

test.describe('back to top', () => {
  test('the link at the end of an article goes back to the top of the page', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(SEED.path);
    const link = page.getByRole('link', { name: 'Back to top' });
    await expect(link).toHaveAttribute('href', '#top');
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expectTouchTarget(link, 'Back to top');
    await link.click();
    await expect(page).toHaveURL(/#top$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('banner')).toBeInViewport();
  });
});

test.describe('the 404 page', () => {
  test('offers a search, the newest articles, archives and home', async ({ page, guard }) => {
    guard.allowConsoleError(HTTP_404_LOG);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    const main = page.getByRole('main');

    const search = main.getByRole('search', { name: 'Search articles' });
    await expect(search).toBeVisible();
    await expect(search).toHaveAttribute('action', '/search/');
    await expect(search).toHaveAttribute('method', 'get');
    const box = search.getByRole('searchbox', { name: 'Search the articles' });
    await expect(box).toHaveAttribute('name', 'q');

    const newest = readPosts()
      .filter((post) => !post.draft)
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, 5)
      .map((post) => post.title);
    await expect(main.getByRole('region', { name: 'Newest articles' }).getByRole('link')).toHaveText(newest);
    await expect(main.locator('a[href="/archives/"]')).toBeVisible();
    await expect(main.locator('a[href="/"]').first()).toBeVisible();

    await box.fill('knee pain');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=knee\+pain$/);
  });
});

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
const summarize = (violations: Violation[]) => violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

for (const theme of ['light', 'dark'] as const) {
  for (const { name, path, status } of [
    { name: 'an article with a cover and the share row', path: COVERED.path, status: 200 },
    { name: 'the 404 page', path: '/no-such-page/', status: 404 },
  ]) {
    test(`axe: ${name} in the ${theme} theme has no WCAG 2.2 AA violations`, async ({ page, context, guard }) => {
      if (status === 404) guard.allowConsoleError(HTTP_404_LOG);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      expect((await page.goto(path))?.status()).toBe(status);
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      if (status === 200) {
        // With the confirmation showing, so its colours are checked too.
        await shareRegion(page).getByRole('button', { name: 'Copy link' }).click();
        await expect(shareRegion(page).getByRole('status')).toHaveText('Link copied');
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(summarize(results.violations), 'axe violations').toEqual([]);
    });
  }
}
