import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { site } from '../lib/site';
import { expect, test } from './helpers';

// What makes Pulse's health information trustworthy, as a reader meets it: on the example article that uses
// all of it (content/posts/chest-pain-when-to-get-help.mdx) the review lines, the care cards, the sources
// with their back-links, the disclaimer and the other names; the health A–Z; and the site pages of
// content/pages (editorial policy, accessibility statement), linked from the footer.

const EXAMPLE = { path: '/posts/chest-pain-when-to-get-help/', title: 'Chest Pain: When to Get Help' };
const DVT = { path: '/posts/dvt-and-long-haul-flights/', title: 'Deep Vein Thrombosis and Long-Haul Flights: How to Lower Your Risk' };
const EDITORIAL_POLICY = { path: '/editorial-policy/', title: 'How we write and review our information' };
const ACCESSIBILITY = { path: '/accessibility/', title: 'Accessibility statement' };

const footerLinks = (page: Page) => page.getByRole('contentinfo').getByRole('navigation', { name: 'Footer' });

test.describe('the example article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(EXAMPLE.path);
  });

  test('says who reviewed it, when, and when it is next due', async ({ page }) => {
    await expect(page.getByText('Medically reviewed by Dr Example Reviewer, MB ChB, MRCGP and Sample Cardiac Nurse, RN, MSc Cardiac Care')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dr Example Reviewer' })).toHaveAttribute('href', 'https://example.org/reviewers/example-gp');
    const dates = page.getByRole('definition');
    await expect(page.getByRole('term').filter({ hasText: 'Page last reviewed:' })).toBeVisible();
    await expect(dates.filter({ hasText: '12 October 2026' })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: 'Next review due:' })).toBeVisible();
    await expect(dates.filter({ hasText: '12 October 2027' })).toBeVisible();
  });

  test('shows the other names it goes by under its title', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: EXAMPLE.title })).toBeVisible();
    await expect(page.getByText('Also called: Chest discomfort, Pain in the chest', { exact: true })).toBeVisible();
  });

  test('has three care cards, each named with its kind for screen readers', async ({ page }) => {
    const cards = [
      { name: 'Emergency: Call an ambulance now if you have chest pain and:', holds: 'Do not drive yourself to hospital.' },
      { name: 'Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:', holds: 'you have chest pain that comes and goes' },
      { name: 'Non-urgent advice: Speak to a pharmacist if:', holds: 'you think the pain is from heartburn or indigestion' },
    ];
    for (const { name, holds } of cards) {
      const card = page.getByRole('region', { name, exact: true });
      await expect(card, name).toBeVisible();
      await expect(card.getByText(holds)).toBeVisible();
      // The kind is read out, not shown: the visible heading is the editor's.
      await expect(card.getByRole('heading')).toHaveAccessibleName(name);
    }
  });

  test('lists its sources, footnotes first, each reference and back-link working both ways', async ({ page }) => {
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // Three footnotes, then the front matter's two sources.
    await expect(sources.getByRole('listitem')).toHaveCount(5);
    await expect(sources.getByRole('link', { name: 'Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis (CG95)' })).toBeVisible();

    const reference = page.getByRole('link', { name: 'Source 1', exact: true });
    await reference.click();
    await expect(page).toHaveURL(/#.+/);
    const target = page.locator(':target');
    await expect(target).toContainText('Chest pain');
    await expect(sources.locator(':target')).toHaveCount(1);

    await target.getByRole('link', { name: 'Back to reference 1' }).click();
    await expect(page.locator(':target')).toHaveAccessibleName('Source 1');
    await expect(reference).toBeInViewport();
  });

  test('ends with the site disclaimer', async ({ page }) => {
    await expect(page.getByText(site.disclaimer)).toBeVisible();
  });
});

test.describe('the health A–Z', () => {
  test('is linked from the footer, with a letter bar that links only letters that have entries', async ({ page }) => {
    await page.goto('/');
    await footerLinks(page).getByRole('link', { name: 'Health A to Z' }).click();
    await expect(page).toHaveURL(/\/health-a-z\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Health A to Z' })).toBeVisible();
    await expect(page).toHaveTitle(`Health A to Z | ${site.name}`);

    const letters = page.getByRole('navigation', { name: 'Letters' });
    await expect(letters.getByRole('listitem')).toHaveCount(27);
    // No default article's name starts with Z: the letter is shown, but is no link.
    const z = letters.getByRole('listitem').filter({ hasText: /^Z/ });
    await expect(z).toBeVisible();
    await expect(z.getByRole('link')).toHaveCount(0);

    // Each letter with entries links to its own page, named with how many entries it has.
    const letterLink = (within: typeof letters) => within.getByRole('link', { name: /^D\s?\d+ entr(y|ies)$/ });
    await letterLink(letters).click();
    await expect(page).toHaveURL(/\/health-a-z\/d\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Health A to Z: D' })).toBeVisible();
    const current = letterLink(page.getByRole('navigation', { name: 'Letters' }));
    await expect(current).toHaveAttribute('aria-current', 'page');
    const count = Number(/(\d+)/.exec((await current.textContent()) ?? '')?.[1]);
    await expect(page.getByRole('region', { name: 'D', exact: true }).getByRole('listitem')).toHaveCount(count);
  });

  test('lists an article under a synonym, and that entry leads to the article', async ({ page }) => {
    await page.goto('/health-a-z/d/');
    const d = page.getByRole('region', { name: 'D', exact: true });
    await expect(d.getByRole('link', { name: DVT.title, exact: true })).toBeVisible();
    await d.getByRole('link', { name: `DVT, see ${DVT.title}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${DVT.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: DVT.title })).toBeVisible();
    await expect(page.getByText('Also called: DVT, Blood clot in the leg, Economy class syndrome', { exact: true })).toBeVisible();
  });
});

test.describe('site pages', () => {
  for (const { path, title } of [EDITORIAL_POLICY, ACCESSIBILITY]) {
    test(`"${title}" is linked from the footer and shows as a page, not an article`, async ({ page }) => {
      await page.goto(EXAMPLE.path);
      await footerLinks(page).getByRole('link', { name: title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page).toHaveTitle(`${title} | ${site.name}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
      await expect(page.getByRole('term').filter({ hasText: 'Page last reviewed:' })).toBeVisible();
      // No article furniture: breadcrumbs, disclaimer or post navigation.
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
      await expect(page.getByText(site.disclaimer)).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'More articles' })).toHaveCount(0);
    });
  }

  test('are not listed among the articles', async ({ page }) => {
    await page.goto('/posts/');
    await expect(page.getByRole('main').getByRole('link', { name: EDITORIAL_POLICY.title })).toHaveCount(0);
  });
});

for (const theme of ['light', 'dark'] as const) {
  for (const { name, path } of [
    { name: 'the example article', path: EXAMPLE.path },
    { name: 'the health A–Z', path: '/health-a-z/' },
    { name: 'the editorial policy', path: EDITORIAL_POLICY.path },
  ]) {
    test(`axe: ${name} in ${theme} theme has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('load');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
