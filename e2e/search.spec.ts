import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { APP_HOST, DRAFT, SEED, expect, expectNoHorizontalOverflow, test } from './helpers';

// A reader searching the articles: /search/ over the Pagefind index the build wrote from the article
// bodies (never the searchHidden seed, never a draft), by keyboard and screen reader, under the site's CSP.
const origin = `http://${APP_HOST}`;
/** A word only one article's body holds. */
const WORD = 'caffeine';
const WORD_ARTICLE = { title: 'Sleep Hygiene: Ten Habits for Better Sleep', path: '/posts/sleep-hygiene-habits-for-better-sleep/' };

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: /^Results for/ });

test.describe('search', () => {
  test('a search with no results suggests the Health A–Z and guides', async ({ page }) => {
    // "kaffeine": Pagefind forgives a letter or two ("caffiene" finds caffeine), not a wrong first letter.
    await page.goto('/search/?q=kaffeine');
    await expect(status(page)).toHaveText('No results for “kaffeine”');
    const suggestions = page.getByRole('region', { name: 'Try something else' });
    await expect(suggestions).toBeVisible();
    await expect(suggestions.getByRole('link', { name: 'Health A–Z' })).toHaveAttribute('href', '/health-a-z/');
    await expect(suggestions.getByText('Our guides:')).toBeVisible();
    await expect(suggestions.getByRole('link', { name: 'Type 2 diabetes' })).toBeVisible();
    // A search that finds something shows no suggestions.
    await searchBox(page).fill(WORD);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
    await expect(suggestions).toBeHidden();
  });

  test('a word of one article finds that article, opened by keyboard alone', async ({ page }) => {
    await page.goto('/search/');
    // Tab from the top of the page to the search box, as a keyboard user would.
    for (let i = 0; i < 20 && !(await searchBox(page).evaluate((box) => box === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type(WORD);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
    const link = results(page).getByRole('link', { name: WORD_ARTICLE.title });
    await expect(link).toBeVisible();
    await expect(results(page).locator('mark').first()).toHaveText(new RegExp(WORD, 'i'));
    await expect(results(page).locator('time').first()).toHaveText('14 September 2021');
    for (let i = 0; i < 5 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(WORD_ARTICLE.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORD_ARTICLE.title);
  });

  test('updates as the reader types, and the address keeps the query', async ({ page }) => {
    await page.goto('/search/');
    await searchBox(page).pressSequentially('blood pressure', { delay: 30 });
    await expect(status(page)).toHaveText(/^\d+ results? for “blood pressure”$/);
    await expect(results(page).getByRole('link', { name: 'How to Lower Blood Pressure Without Medication' })).toBeVisible();
    await expect(page).toHaveURL('/search/?q=blood%20pressure');
    await searchBox(page).fill(WORD);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
  });

  test('/search/?q= opens with the results, the count in a live region', async ({ page }) => {
    await page.goto(`/search/?q=${WORD}`);
    await expect(searchBox(page)).toHaveValue(WORD);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(results(page).getByRole('listitem')).toHaveCount(1);
  });

  test('never finds the searchHidden seed, which /posts/ still lists, nor the draft', async ({ page }) => {
    await page.goto('/search/?q=blood clot behind the knee');
    await expect(status(page)).toHaveText(/^\d+ results? for/);
    await expect(results(page).getByRole('link', { name: 'Deep Vein Thrombosis and Long-Haul Flights: How to Lower Your Risk' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: SEED.title })).toHaveCount(0);
    await page.goto('/posts/');
    await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
    await page.goto(`/search/?q=${DRAFT.marker}`);
    await expect(status(page)).toHaveText(`No results for “${DRAFT.marker}”`);
  });

  test('the index loads only when the reader searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((pathname) => pathname.startsWith('/pagefind/'))).toEqual([]);
    await searchBox(page).fill(WORD);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
    expect(requested).toContain('/pagefind/pagefind.js');
  });

  test('the header takes a query to the search page (a link on phones)', async ({ page }, testInfo) => {
    await page.goto('/');
    if (testInfo.project.name === 'phone') {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL('/search/');
      await expectNoHorizontalOverflow(page);
      return;
    }
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search the site' });
    await box.fill(WORD);
    await box.press('Enter');
    await expect(page).toHaveURL(`/search/?q=${WORD}`);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: /search/ with results in the ${theme} theme has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto('/search/?q=blood');
      await expect(status(page)).toHaveText(/^\d+ results? for “blood”$/);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`)).toEqual([]);
    });
  }

  test('searching breaks no rule of the CSP and asks no other host for anything', async ({ page, guard }) => {
    await page.addInitScript(() => {
      (window as unknown as { __searchViolations: string[] }).__searchViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __searchViolations: string[] }).__searchViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      );
    });
    await page.goto(`/search/?q=${WORD}`);
    await expect(status(page)).toHaveText(`1 result for “${WORD}”`);
    await searchBox(page).fill('blood');
    await expect(status(page)).toHaveText(/^\d+ results? for “blood”$/);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __searchViolations: string[] }).__searchViolations)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });
});

test.describe('search without JavaScript', () => {
  test('says so and links to the archives', async ({ page }) => {
    // Chromium with scripts turned off by Playwright still parses <noscript> as if scripting were on (it
    // never shows its content), so the browser is given the page's <noscript> content as a page of its own.
    const html = await (await fetch(`${origin}/search/?q=${WORD}`)).text();
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript, 'the search page has a <noscript> message').not.toBe('');
    await page.setContent(`<main>${noscript}</main>`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'archives' })).toHaveAttribute('href', '/archives/');
  });
});

test.describe('the index files', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'headers do not depend on the viewport'));

  test('are served with their types, hashed names cached for good, and nothing else under /pagefind/', async () => {
    const script = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = script.headers.get('etag') ?? '';
    expect((await fetch(`${origin}/pagefind/pagefind.js`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const entry = (await (await fetch(`${origin}/pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { hash: string }> };
    const meta = await fetch(`${origin}/pagefind/pagefind.${Object.values(entry.languages)[0].hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-type')).toBe('application/octet-stream');
    expect(meta.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const name of ['pagefind-ui.js', '..%2Findex.json', 'fragment/..%2F..%2Fsearch.json', 'playground/']) {
      expect((await fetch(`${origin}/pagefind/${name}`)).status, name).toBe(404);
    }
  });
});
