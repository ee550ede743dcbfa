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

test('/posts/ and its later pages list every published article once, newest first, without drafts', async ({ page }) => {
  // What the build published (content/posts and the e2e fixtures), newest first.
  const store = JSON.parse(readFileSync(path.join(process.cwd(), '.content', 'index.json'), 'utf8')) as { articles: { url: string; title: string }[] };
  const published = store.articles;
  expect(published.map((a) => a.url)).toContain(SEED.path);
  expect(readPosts().filter((p) => !p.draft).length, 'every published article of content/posts is in the store').toBeLessThanOrEqual(published.length);

  const seen: string[] = [];
  let next: string | null = '/posts/';
  while (next) {
    const response = await page.goto(next);
    expect(response?.status(), next).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    seen.push(...(await page.locator('main article h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))));
    const dates = await page.locator('main article time[datetime]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates, 'entries are newest first').toEqual([...dates].sort((a, b) => b.localeCompare(a)));
    const nextLink = page.locator('nav[aria-label="Pagination"] a[rel="next"]');
    next = (await nextLink.count()) > 0 ? await nextLink.getAttribute('href') : null;
  }
  expect(seen, 'every published article once, in the store\'s order').toEqual(published.map((a) => a.url));
  expect(published.length, 'enough articles for three list pages').toBeGreaterThan(20);
  expect(seen).not.toContain(DRAFT.path);
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
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'blood clots', exact: true }).click();
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
