import type { Locator, Page } from '@playwright/test';
import { SEED, expect, expectNoHorizontalOverflow, normalize, test } from './helpers';

const VIDEO_BUTTON = `Play video: ${SEED.title}`;
const VIDEO_SRC_PREFIX = `https://www.youtube-nocookie.com/embed/${SEED.youtubeId}`;
const GOOGLE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|googleapis\.com|gstatic\.com|doubleclick\.net|ggpht\.com)$/;

function tocNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Table of contents', includeHidden: true });
}

/** On a phone the contents start closed: the reader opens them first. */
async function openTocOnPhone(page: Page, project: string): Promise<void> {
  if (project === 'phone') await page.locator('summary').filter({ hasText: /^Contents$/ }).click();
}

async function aspectRatio(locator: Locator): Promise<{ ratio: number; width: number; height: number; x: number }> {
  const box = await locator.boundingBox();
  expect(box, 'element has a layout box').not.toBeNull();
  const { width, height, x } = box!;
  return { ratio: width / height, width, height, x };
}

async function expectVideoFacade16by9(page: Page): Promise<{ width: number; height: number; x: number }> {
  const button = page.getByRole('button', { name: VIDEO_BUTTON, exact: true });
  await button.scrollIntoViewIfNeeded();
  await expect(button).toBeVisible();
  const box = await aspectRatio(button);
  expect(box.ratio, `video box is ${box.width}×${box.height}`).toBeGreaterThan(16 / 9 - 0.02);
  expect(box.ratio, `video box is ${box.width}×${box.height}`).toBeLessThan(16 / 9 + 0.02);
  const innerWidth = await page.evaluate(() => window.innerWidth);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(innerWidth + 0.5);
  return box;
}

test.describe('reading the seed article', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED.path);
    expect(response?.status()).toBe(200);
  });

  test('has one h1 with the title, and the document title', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(SEED.title);
    expect(await page.title()).toContain(SEED.title);
  });

  test('breadcrumb: Home › Posts › current article', async ({ page }) => {
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb).toHaveCount(1);
    const list = breadcrumb.locator('ol');
    await expect(list).toHaveCount(1);
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(3);

    const home = items.nth(0).getByRole('link');
    await expect(home).toHaveAccessibleName('Home');
    await expect(home).toHaveAttribute('href', '/');

    const posts = items.nth(1).getByRole('link');
    await expect(posts).toHaveAccessibleName('Posts');
    await expect(posts).toHaveAttribute('href', '/posts/');

    const current = items.nth(2);
    await expect(current).toHaveText(SEED.title);
    const marked = await current.evaluate(
      (li) => (li.matches('[aria-current="page"]') ? 1 : 0) + li.querySelectorAll('[aria-current="page"]').length,
    );
    expect(marked, 'the current page is marked with aria-current="page"').toBe(1);
  });

  test('meta line: date, reading time, word count, author', async ({ page }) => {
    const main = page.getByRole('main');
    const time = main.locator(`time[datetime="${SEED.datetime}"]`).first();
    await expect(time).toBeVisible();
    await expect(time).toHaveText(SEED.dateText);
    await expect(main.getByText('5 min read').first()).toBeVisible();
    await expect(main.getByText(/\d[\d,]* words/).first()).toBeVisible();
    await expect(main.getByText(SEED.author).first()).toBeVisible();
  });

  test('table of contents: open beside the body (closed on phones), 6 sections + 9 FAQ entries, links match headings', async ({ page }, testInfo) => {
    const toc = tocNav(page);
    await expect(toc, 'exactly one "Table of contents" navigation in the page').toHaveCount(1);
    const details = page.locator('details').filter({ has: toc });
    await expect(details).toHaveCount(1);
    if (testInfo.project.name === 'phone') {
      await expect(details).not.toHaveAttribute('open', /.*/);
      await openTocOnPhone(page, testInfo.project.name);
    }
    await expect(toc).toBeVisible();
    await expect(details).toHaveAttribute('open', /.*/);

    const links = toc.getByRole('link');
    await expect(links).toHaveCount(15);

    const topList = toc.getByRole('list').first();
    const topItems = topList.locator(':scope > li');
    await expect(topItems).toHaveCount(6);
    for (let i = 0; i < 5; i++) {
      await expect(topItems.nth(i).getByRole('link')).toHaveCount(1);
    }
    const faq = topItems.nth(5);
    await expect(faq.getByRole('link').first()).toHaveText('Frequently Asked Questions');
    const nested = faq.getByRole('list');
    await expect(nested).toHaveCount(1);
    await expect(nested.locator(':scope > li')).toHaveCount(9);
    await expect(nested.getByRole('link')).toHaveCount(9);

    const nestedHrefs = new Set(await nested.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const entries = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
    );
    const ids = new Set<string>();
    for (const { href, text } of entries) {
      expect(href, `TOC link "${text}"`).toMatch(/^#./);
      const id = decodeURIComponent(href.slice(1));
      expect(ids.has(id), `duplicate TOC target ${href}`).toBe(false);
      ids.add(id);
      const target = await page.evaluate((targetId) => {
        const el = document.getElementById(targetId);
        return el && { tag: el.tagName.toLowerCase(), text: el.textContent ?? '', count: document.querySelectorAll(`[id="${CSS.escape(targetId)}"]`).length };
      }, id);
      expect(target, `element with id "${id}"`).not.toBeNull();
      expect(target!.count, `ids must be unique: "${id}"`).toBe(1);
      expect(target!.tag, `target of ${href}`).toBe(nestedHrefs.has(href) ? 'h3' : 'h2');
      expect(normalize(target!.text)).toBe(normalize(text));
    }
  });

  test('clicking a TOC entry scrolls to its heading and updates the hash', async ({ page }, testInfo) => {
    await openTocOnPhone(page, testInfo.project.name);
    const link = tocNav(page).getByRole('link', { name: 'Can a blood clot behind the knee be fatal?', exact: true });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#./);
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    const heading = page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`);
    await expect(heading).toHaveText('Can a blood clot behind the knee be fatal?');
    const viewportHeight = await page.evaluate(() => window.innerHeight);
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= -1 && box.y + box.height <= viewportHeight + 1;
      }, { message: 'heading is scrolled into the viewport' })
      .toBe(true);
  });

  test('video: privacy-friendly facade, 16:9, loads youtube-nocookie only on click', async ({ page, guard }) => {
    const before = await expectVideoFacade16by9(page);
    // Give lazy resources a chance to (wrongly) load before checking.
    await page.waitForLoadState('load');
    const googleRequests = guard.foreignRequests.filter((u) => GOOGLE_HOSTS.test(new URL(u).hostname));
    expect(googleRequests, 'no YouTube/Google request before the reader asks for the video').toEqual([]);

    await page.getByRole('button', { name: VIDEO_BUTTON, exact: true }).click();
    const iframe = page.locator(`iframe[src^="${VIDEO_SRC_PREFIX}"]`);
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toBeVisible();
    await expect
      .poll(() => guard.foreignRequests.some((u) => new URL(u).hostname === 'www.youtube-nocookie.com'))
      .toBe(true);

    // In place: same horizontal position and size as the facade, still 16:9.
    const after = await aspectRatio(iframe);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.width - before.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.height - before.height)).toBeLessThanOrEqual(2);
  });

  test('post navigation: newer and older articles', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'More articles' });
    await expect(nav).toHaveCount(1);
    await expect(nav.getByRole('link', { name: /^Newer:/ })).toHaveCount(1);
    const older = nav.getByRole('link', { name: /^Older:/ });
    await expect(older).toHaveCount(1);

    const name = normalize((await older.getAttribute('aria-label')) ?? (await older.textContent()));
    const olderTitle = name.replace(/^Older:\s*/, '');
    expect(olderTitle.length).toBeGreaterThan(0);

    const from = page.url();
    await older.click();
    await expect(page).not.toHaveURL(from);
    await expect(page).toHaveURL(/\/posts\/[^/]+\/$/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(olderTitle);
  });

  test('no horizontal overflow', async ({ page }) => {
    await page.waitForLoadState('load');
    await expectNoHorizontalOverflow(page);
  });
});

test('small phone (320px): no horizontal overflow, video stays 16:9', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const response = await page.goto(SEED.path);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('load');
  await expectNoHorizontalOverflow(page);
  await expectVideoFacade16by9(page);
  await expectNoHorizontalOverflow(page);
});
