import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { IndexedArticle } from '../lib/content/article';
import { groupByCategory } from '../lib/content/taxonomy';
import { site } from '../lib/site';
import { APP_HOST, expect, expectNoHorizontalOverflow, test } from './helpers';

// A reader browsing by category and by date, and old Hugo list URLs. Paging through a category needs a
// category with more articles than a page holds: the site is built with e2e/fixtures/posts (see its README).
const origin = `http://${APP_HOST}`;
const absolute = (path: string) => new URL(path, `${site.url}/`).href;
const storeArticles = () => (JSON.parse(readFileSync('.content/index.json', 'utf8')) as { articles: IndexedArticle[] }).articles;
const DVT = { path: '/posts/dvt-and-long-haul-flights/', title: 'Deep Vein Thrombosis and Long-Haul Flights: How to Lower Your Risk' };

/** The hrefs of the article entries on a list page (its first list; the pagination comes after), in order. */
function entryLinks(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('list').first().getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a category pages through its articles, newest first, each page with its own title and the category feed', async ({ page }) => {
  const largest = [...groupByCategory(storeArticles()).values()].sort((a, b) => b.articles.length - a.articles.length)[0];
  expect(largest?.articles.length ?? 0, 'a category with more articles than a page holds: build with e2e/fixtures/posts (e2e/fixtures/README.md)').toBeGreaterThan(site.pageSize);
  const expected = largest.articles.map((article) => article.url);

  await page.goto(largest.url);
  await expect(page.locator('h1')).toContainText(largest.name);
  await expect(page).toHaveTitle(`Articles in “${largest.name}” | ${site.name}`);
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(
    absolute(`${largest.url}index.xml`),
  );
  expect(await entryLinks(page)).toEqual(expected.slice(0, site.pageSize));

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older ›' }).click();
  await expect(page).toHaveURL(`${largest.url}page/2/`);
  await expect(page.locator('h1')).toContainText('page 2');
  await expect(page).toHaveTitle(`Articles in “${largest.name}”, page 2 | ${site.name}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute(`${largest.url}page/2/`));
  expect(await entryLinks(page)).toEqual(expected.slice(site.pageSize, 2 * site.pageSize));

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(largest.url);

  const feed = await fetch(`${origin}${largest.url}index.xml`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toContain('rss');
  expect(await feed.text()).toContain(`<title>${largest.name} on ${site.name}</title>`);
});

test('a category on an article links to the articles in it, and back', async ({ page }) => {
  await page.goto(DVT.path);
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Heart and circulation' }).click();
  await expect(page).toHaveURL('/categories/heart-and-circulation/');
  await expect(page.locator('h1')).toContainText('Heart and circulation');
  await page.getByRole('main').getByRole('link', { name: DVT.title }).click();
  await expect(page).toHaveURL(DVT.path);
  await expect(page.locator('h1')).toHaveText(DVT.title);
});

test('the category index lists every category, most used first, with how many articles each has', async ({ page }) => {
  const categories = [...groupByCategory(storeArticles()).values()];
  await page.goto('/categories/');
  await expect(page).toHaveTitle(`Categories | ${site.name}`);
  const links = page.getByRole('main').getByRole('link');
  await expect(links).toHaveCount(categories.length);
  const counts = await links.evaluateAll((all) => all.map((link) => Number(/(\d+)\s*articles?$/.exec(link.textContent?.trim() ?? '')?.[1])));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  for (const category of categories) {
    const name = new RegExp(`^${escape(category.name)}\\s*${category.articles.length} ${category.articles.length === 1 ? 'article' : 'articles'}$`);
    await expect(page.getByRole('main').getByRole('link', { name })).toHaveAttribute('href', category.url);
  }
});

/** A heading of the archives by its text, and the count shown beside it. */
async function headingCount(heading: Locator): Promise<number> {
  return Number(/(\d+) articles?$/.exec((await heading.innerText()).trim())?.[1]);
}

test('the archives, from the footer, list the years with counts, and each year its articles by month, newest first', async ({ page }) => {
  const articles = storeArticles();
  const yearOf = (article: IndexedArticle) => article.date?.slice(0, 4) ?? 'Undated';
  const byYear = new Map<string, number>();
  for (const article of articles) byYear.set(yearOf(article), (byYear.get(yearOf(article)) ?? 0) + 1);

  await page.goto('/');
  await expectNoHorizontalOverflow(page);
  const archivesLink = page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Archives' });
  await archivesLink.scrollIntoViewIfNeeded();
  await expect(archivesLink).toBeInViewport();
  expect((await archivesLink.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await archivesLink.click();
  await expect(page).toHaveURL('/archives/');
  await expect(page).toHaveTitle(`Archives | ${site.name}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute('/archives/'));
  await expectNoHorizontalOverflow(page);

  const years = page.getByRole('main').getByRole('listitem');
  const shown = (await years.getByRole('link').allInnerTexts()).map((text) => text.trim());
  const dated = [...byYear.keys()].filter((year) => year !== 'Undated').sort().reverse();
  expect(shown).toEqual(byYear.has('Undated') ? [...dated, 'Undated'] : dated);
  for (const [year, count] of byYear) expect(await headingCount(years.filter({ has: page.getByRole('link', { name: year, exact: true }) })), year).toBe(count);

  // Each year's page: its count, once (the year is the page's own heading, not repeated), and every month's
  // count is the number of articles listed under it; they add up to the year's.
  for (const year of shown) {
    await page.goto('/archives/');
    await years.getByRole('link', { name: year, exact: true }).click();
    await expect(page).toHaveURL(`/archives/${year.toLowerCase()}/`);
    await expect(page).toHaveTitle(`Archives: ${year} | ${site.name}`);
    await expectNoHorizontalOverflow(page);
    const months = page.getByRole('main').getByRole('heading', { level: 2 });
    let monthTotal = 0;
    for (const heading of await months.all()) {
      const listed = await heading.locator('xpath=following-sibling::ul[1]/li').count();
      expect(await headingCount(heading)).toBe(listed);
      monthTotal += listed;
    }
    if (year !== 'Undated') expect(monthTotal, year).toBe(byYear.get(year));
    await expect(page.getByRole('main').getByText(`${byYear.get(year)} article`, { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { name: year, exact: true })).toHaveCount(0);
    for (const article of articles.filter((candidate) => yearOf(candidate) === year)) {
      const link = page.locator(`a[href="${article.url}"]`);
      await expect(page.getByRole('main').locator(link), article.url).toHaveText(article.title);
      if (article.date) await expect(page.getByRole('main').getByRole('listitem').filter({ has: link }).locator(`time[datetime="${article.date}"]`)).toHaveCount(1);
    }
  }
});

test("Hugo's home pages (/page/N/) redirect to the post list's pages in one permanent redirect", async () => {
  for (const [from, to] of [
    ['/page/2/', '/posts/page/2/'],
    ['/page/2', '/posts/page/2/'],
    ['/page/1/', '/posts/'],
    ['/page/1', '/posts/'],
  ]) {
    const response = await fetch(origin + from, { redirect: 'manual' });
    expect(response.status, from).toBe(308);
    expect(new URL(response.headers.get('location') ?? '', origin).pathname, from).toBe(to);
    const target = await fetch(origin + to, { redirect: 'manual' });
    expect(target.status, `${to} (a second page needs e2e/fixtures/posts)`).toBe(200);
  }
});
