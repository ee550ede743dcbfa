import { rmSync, writeFileSync } from 'node:fs';
import { E2E_CONTENT_DIR } from './content-dir';
import { APP_HOST, DRAFT, PREVIEW_SECRET, expect, test } from './helpers';

// What an editor sees when a preview cannot show the article: a file's problems, whole and wrapped on a
// phone, in a labelled region the keyboard reaches; and a slug no article has, said in the preview banner
// with the closest slugs offered.
const origin = `http://${APP_HOST}`;
const enter = (slug: string) => `${origin}/api/preview/?secret=${encodeURIComponent(PREVIEW_SECRET)}&slug=${encodeURIComponent(slug)}`;

test.describe('preview messages', () => {
  test.describe.configure({ mode: 'serial' });

  test('a file with long problems shows each whole at 390 px, in a region reached by keyboard', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the narrow screen is the hard case');
    const slug = 'preview-messages-scratch';
    const file = `${E2E_CONTENT_DIR}/${slug}.md`;
    const longTitle = 'A title long enough to run well past the edge of a phone screen when it is printed in a message';
    try {
      writeFileSync(file, `---\ntitle: ${longTitle}\ndescription: A scratch draft.\ndate: 2023-13-45\ntitel: again\ndraft: true\n---\n\n## Start\n\n#### Skipped\n\nText.\n`);
      await page.goto(enter(slug));
      const region = page.getByRole('region', { name: 'Problems in this file' });
      await expect(region).toBeVisible();
      const items = region.getByRole('listitem');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText('error: "date" is not a date ("2023-13-45")');
      await expect(items.nth(1)).toContainText('"titel" is not a key the site reads: it should be "title"');
      await expect(items.nth(2)).toContainText('warning: heading level skips from h2 to h4');
      // Whole: every line wraps inside the screen, nothing cut off or scrolled sideways.
      const width = page.viewportSize()?.width ?? 390;
      for (const box of await items.evaluateAll((elements) => elements.map((element) => ({ right: element.getBoundingClientRect().right, scroll: element.scrollWidth - element.clientWidth })))) {
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.scroll).toBeLessThanOrEqual(0);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Reached by keyboard: Tab moves focus onto the region at some point.
      let reached = false;
      for (let press = 0; press < 40 && !reached; press++) {
        await page.keyboard.press('Tab');
        reached = await region.evaluate((element) => element === document.activeElement);
      }
      expect(reached).toBe(true);
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('a slug no article has is said in the banner, with the closest slugs offered', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one size is enough');
    const typo = DRAFT.slug.replace('what', 'waht');
    const response = await page.goto(enter(typo));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    const banner = page.getByRole('status').filter({ hasText: `Preview: there is no article with the slug "${typo}"` });
    await expect(banner).toBeVisible();
    await banner.getByRole('link', { name: DRAFT.slug }).click();
    await page.waitForURL(`${origin}/preview/posts/${DRAFT.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: DRAFT.title })).toBeVisible();

    await page.goto(enter(`${DRAFT.slug}.md`));
    await expect(page.getByRole('status').getByRole('link', { name: DRAFT.slug })).toBeVisible();
  });
});
