import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, normalize, test } from './helpers';

// The three-page guide to type 2 diabetes in content/posts (series "Type 2 diabetes", seriesOrder 1–3).
const GUIDE = {
  name: 'Type 2 diabetes',
  path: '/series/type-2-diabetes/',
  pages: [
    { path: '/posts/what-is-type-2-diabetes/', title: 'What Is Type 2 Diabetes?' },
    { path: '/posts/type-2-diabetes-symptoms-and-diagnosis/', title: 'Type 2 Diabetes: Symptoms and Diagnosis' },
    { path: '/posts/living-with-type-2-diabetes/', title: 'Living With Type 2 Diabetes' },
  ],
} as const;

const contents = (page: Page) => page.getByRole('navigation', { name: 'Pages in this guide', exact: true });
const pager = (page: Page) => page.getByRole('navigation', { name: 'Previous and next pages in this guide' });
const related = (page: Page) => page.getByRole('region', { name: 'Related articles' });

/** The guide's contents list: each page's text, and whether it is a link or the current page. */
async function contentsItems(page: Page) {
  return contents(page)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => ({
        text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
        link: li.querySelector('a')?.getAttribute('href') ?? null,
        current: li.querySelector('[aria-current="page"]') !== null,
      })),
    );
}

test('walking the guide: its contents mark the current page, and next and previous links go through it in order', async ({ page }) => {
  await page.goto(GUIDE.pages[0].path);
  for (const [i, current] of GUIDE.pages.entries()) {
    await expect(page).toHaveURL(current.path);
    await expect(page.locator('h1')).toHaveText(current.title);

    // One contents list, near the top (before the body), every page in order, only this one not a link.
    await expect(contents(page)).toHaveCount(1);
    expect(await contentsItems(page)).toEqual(GUIDE.pages.map((p, j) => ({ text: p.title, link: j === i ? null : p.path, current: j === i })));
    await expect(contents(page).getByRole('link', { name: current.title, exact: true })).toHaveCount(0);
    const [navTop, bodyTop] = await Promise.all([contents(page).boundingBox(), page.locator('.prose').first().boundingBox()]);
    expect(navTop && bodyTop && navTop.y < bodyTop.y, 'the contents come before the body').toBe(true);
    await expect(contents(page).getByRole('link', { name: GUIDE.name, exact: true })).toHaveAttribute('href', GUIDE.path);

    const previous = pager(page).getByRole('link', { name: /^Previous page in this guide:/ });
    const next = pager(page).getByRole('link', { name: /^Next page in this guide:/ });
    if (i === 0) await expect(previous).toHaveCount(0);
    else expect(normalize(await previous.textContent())).toBe(`Previous page in this guide: ${GUIDE.pages[i - 1].title}`);
    if (i === GUIDE.pages.length - 1) await expect(next).toHaveCount(0);
    else {
      expect(normalize(await next.textContent())).toBe(`Next page in this guide: ${GUIDE.pages[i + 1].title}`);
      await next.click();
    }
  }

  // And back, by the previous links.
  for (let i = GUIDE.pages.length - 1; i > 0; i--) {
    await pager(page).getByRole('link', { name: /^Previous page in this guide:/ }).click();
    await expect(page).toHaveURL(GUIDE.pages[i - 1].path);
  }

  // A page of the contents list opens that page.
  await contents(page).getByRole('link', { name: GUIDE.pages[2].title, exact: true }).click();
  await expect(page).toHaveURL(GUIDE.pages[2].path);
});

test("the guide's page lists its pages in reading order, and the guide index lists the guide", async ({ page }) => {
  const response = await page.goto(GUIDE.path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(GUIDE.name);
  await expect(page).toHaveTitle(/^Type 2 diabetes: a guide \| /);
  const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: GUIDE.pages[0].title }) }).last();
  const hrefs = await list.locator(':scope > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(GUIDE.pages.map((p) => p.path));

  await page.getByRole('link', { name: 'All guides' }).first().click();
  await expect(page).toHaveURL('/series/');
  await expect(page.locator('h1')).toHaveText('Guides');
  await page.getByRole('main').getByRole('link', { name: GUIDE.name, exact: true }).click();
  await expect(page).toHaveURL(GUIDE.path);
});

test('related articles: shown under each guide page, linked, never the page itself', async ({ page }) => {
  for (const current of GUIDE.pages) {
    await page.goto(current.path);
    const section = related(page);
    await expect(section).toHaveCount(1);
    await expect(section.getByRole('heading', { name: 'Related articles' })).toBeVisible();
    const links = section.getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(3);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs, `related on ${current.path}`).not.toContain(current.path);
    // The other pages of the guide share the most with it, so they come first.
    const others = GUIDE.pages.filter((p) => p.path !== current.path).map((p) => p.path);
    expect(hrefs.slice(0, 2).sort()).toEqual([...others].sort());
    await expect(section.locator('time[datetime]').first()).toBeVisible();
    // After the body and before post navigation.
    const [sectionBox, postNav] = await Promise.all([section.boundingBox(), page.getByRole('navigation', { name: 'More articles' }).boundingBox()]);
    if (postNav) expect(sectionBox && sectionBox.y < postNav.y, 'related articles come before post navigation').toBe(true);
  }
  await related(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/^.*\/posts\/[^/]+\/$/);
});

test('an article sharing no series, category or tag with any other has no related articles', async ({ page }) => {
  // The seed article has no tags and no categories.
  await page.goto('/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(related(page)).toHaveCount(0);
  await expect(contents(page)).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of [GUIDE.pages[1].path, GUIDE.path, '/series/']) {
    test(`axe: ${path} in ${theme} theme has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
}
