import { readFileSync } from 'node:fs';
import type { IndexedArticle } from '../lib/content/article';
import { articleCondition } from '../lib/content/condition';
import { azLetterOf, azLetterSlug } from '../lib/content/health-a-z';
import { site } from '../lib/site';
import { expect, expectNoHorizontalOverflow, test } from './helpers';

// A reader looking for health help: the header's ways in (the A–Z, guides, search, urgent help), the
// home page's search box and guides, and the A–Z by the condition each article is about.
const storeArticles = () => (JSON.parse(readFileSync('.content/index.json', 'utf8')) as { articles: IndexedArticle[] }).articles;

test('the header leads with Health A–Z, Guides, Search and Get urgent help, which gives the numbers to call', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('navigation', { name: 'Main' });
  const names = (await main.getByRole('link').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  expect(names.slice(0, 2)).toEqual(['Health A–Z', 'Guides']);
  expect(names).toContain('Get urgent help');
  await expect(main.getByRole('link', { name: 'Search' }).or(page.getByRole('search', { name: 'Site search' }).getByRole('searchbox'))).toBeVisible();
  await expectNoHorizontalOverflow(page);

  const urgent = main.getByRole('link', { name: 'Get urgent help' });
  await expect(urgent).toBeInViewport();
  expect((await urgent.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await urgent.click();
  await expect(page).toHaveURL('/urgent-help/');
  await expect(page.getByRole('heading', { level: 1, name: 'Get urgent help' })).toBeVisible();
  await expect(page).toHaveTitle(`Get urgent help | ${site.name}`);
  const { emergency, urgent: notEmergency } = site.urgentHelp;
  await expect(page.getByRole('link', { name: emergency.label })).toHaveAttribute('href', `tel:${emergency.number}`);
  await expect(page.getByRole('link', { name: notEmergency.label })).toHaveAttribute('href', `tel:${notEmergency.number}`);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Health A–Z' }).click();
  await expect(page).toHaveURL('/health-a-z/');
});

test('the home page has a search box at every width, and shows the guides', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: `Search ${site.name}` }).getByRole('searchbox', { name: 'Search for a condition, symptom or treatment' });
  await expect(box).toBeVisible();
  await box.fill('knee');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=knee');

  await page.goto('/');
  const guides = page.getByRole('region', { name: 'Guides' });
  await expect(guides.getByRole('link').first()).toBeVisible();
  await guides.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/series\/[^/]+\/$/);
});

test('the A–Z lists each article under the condition it is about, not under its question', async ({ page }) => {
  await page.goto('/health-a-z/t/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Type 2 diabetes', exact: true }).first()).toBeVisible();
  await page.goto('/health-a-z/w/');
  await expect(page.getByRole('main').getByRole('link', { name: /^What (is|are) /i })).toHaveCount(0);

  // Every article, under the letter of its condition, by that name.
  const byLetter = new Map<string, IndexedArticle[]>();
  for (const article of storeArticles()) {
    const letter = azLetterSlug(azLetterOf(articleCondition(article)));
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), article]);
  }
  for (const [letter, articles] of byLetter) {
    await page.goto(`/health-a-z/${letter}/`);
    for (const article of articles) {
      const links = page.getByRole('main').getByRole('link', { name: articleCondition(article), exact: true });
      await expect(links.first(), `${article.title} under ${letter.toUpperCase()}`).toHaveAttribute('href', article.url);
    }
  }
});

test('an article shows its categories and tags as topics, not hashtags', async ({ page }) => {
  await page.goto('/posts/dvt-and-long-haul-flights/');
  const topics = page.getByRole('navigation', { name: 'Topics' });
  await expect(topics.getByRole('heading', { name: 'Topics' })).toBeVisible();
  const names = await topics.getByRole('link').allInnerTexts();
  expect(names.length).toBeGreaterThan(1);
  for (const name of names) expect(name).not.toMatch(/^#/);
});
