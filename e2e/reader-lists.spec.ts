import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DRAFT, HTTP_404_LOG, SEED, expect, normalize, readPosts, test } from './helpers';

/** The list whose items are article entries: the innermost list holding the seed's link. */
function articleList(page: Page): Locator {
  // `has` is evaluated relative to each candidate list.
  const seedLink = page.getByRole('link', { name: SEED.title });
  return page.getByRole('main').getByRole('list').filter({ has: seedLink }).last();
}

async function entryDates(list: Locator): Promise<string[]> {
  return list.locator(':scope > li').evaluateAll((items) =>
    items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
  );
}

test('home page lists articles, each with date and reading time', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();

  const list = articleList(page);
  await expect(list).toBeVisible();
  const items = list.locator(':scope > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    await expect(item.getByRole('link').first()).toBeVisible();
    await expect(item.locator('time[datetime]')).toHaveCount(1);
    await expect(item).toContainText('min read');
  }
});

test('/posts/ lists every published article, newest first, without drafts', async ({ page }) => {
  const response = await page.goto('/posts/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);

  const list = articleList(page);
  await expect(list).toBeVisible();
  const items = list.locator(':scope > li');

  const published = readPosts().filter((p) => !p.draft);
  expect(published.map((p) => p.slug)).toContain(SEED.slug);
  await expect(items).toHaveCount(published.length);

  for (const post of published) {
    const link = list.locator(`a[href="/posts/${post.slug}/"]`);
    await expect(link.first(), `entry for ${post.slug}`).toBeVisible();
    await expect(link.first()).toContainText(post.title);
  }

  const dates = await entryDates(list);
  for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}/);
  const sorted = [...dates].sort((a, b) => b.localeCompare(a));
  expect(dates, 'entries are newest first').toEqual(sorted);

  await expect(list.getByText(DRAFT.title)).toHaveCount(0);
  await expect(page.getByRole('link', { name: DRAFT.title })).toHaveCount(0);
});

test('clicking an entry on /posts/ opens the article', async ({ page }) => {
  await page.goto('/posts/');
  await articleList(page).getByRole('link', { name: SEED.title }).first().click();
  await expect(page).toHaveURL(SEED.path);
  await expect(page.locator('h1')).toHaveText(SEED.title);
});

test('a draft article is not published', async ({ page, guard }) => {
  // Precondition: the draft exists in the content and is marked as a draft.
  expect(existsSync(DRAFT.file), `${DRAFT.file} exists`).toBe(true);
  expect(readFileSync(DRAFT.file, 'utf8')).toMatch(/^draft:\s*true\s*$/m);

  guard.allowConsoleError(HTTP_404_LOG);
  const response = await page.goto(DRAFT.path);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).not.toHaveText(DRAFT.title);
  expect(normalize(await page.title())).not.toContain(DRAFT.title);
});

test('a tag on an article links to the articles with that tag, and back', async ({ page }) => {
  const article = { path: '/posts/dvt-and-long-haul-flights/', title: 'Deep Vein Thrombosis and Long-Haul Flights: How to Lower Your Risk' };
  await page.goto(article.path);
  await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: '#blood clots' }).click();
  await expect(page).toHaveURL('/tags/blood-clots/');
  await expect(page.locator('h1')).toContainText('blood clots');
  await page.getByRole('main').getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(article.path);
  await expect(page.locator('h1')).toHaveText(article.title);
});

test("a draft's text is nowhere in the build output", () => {
  const marker = /zebra-quasar-lighthouse/;
  expect(readFileSync(DRAFT.file, 'utf8'), 'the draft holds the marker').toMatch(marker);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'cache') walk(full);
      } else if (entry.isFile() && marker.test(readFileSync(full, 'latin1'))) found.push(full);
    }
  };
  for (const dir of ['.next', '.content']) walk(dir);
  expect(found).toEqual([]);
});
