import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers';

// The chest-pain article's three care cards, as readers see them in the light and dark themes and on
// paper: each kind told apart by its words, its icon and its heading's colour (computed, not a screenshot),
// every text at WCAG AA contrast, and the cards' headings in the page's outline.
const CHEST_PAIN = '/posts/chest-pain-when-to-get-help/';
const KINDS = [
  { kind: 'emergency', words: 'Emergency', heading: 'Call an ambulance now if you have chest pain and:' },
  { kind: 'urgent', words: 'Urgent advice', heading: 'Ask for an urgent GP appointment or get help from NHS 111 if:' },
  { kind: 'non-urgent', words: 'Non-urgent advice', heading: 'Speak to a pharmacist if:' },
] as const;

type Rgb = [number, number, number];
const rgbOf = (css: string): Rgb => {
  const match = /rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
/** How far apart two colours are (0–441): kinds must not look alike. */
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const card = (page: Page, words: string, heading: string) => page.getByRole('region', { name: `${words}: ${heading}` });

async function bandColours(region: Locator): Promise<{ text: Rgb; background: Rgb; border: Rgb; borderWidth: number; tag: string }> {
  const heading = region.getByRole('heading').first();
  const style = await heading.evaluate((element) => {
    const own = getComputedStyle(element);
    const section = getComputedStyle(element.closest('section')!);
    return { text: own.color, background: own.backgroundColor, border: section.borderTopColor, borderWidth: section.borderTopWidth, tag: element.tagName };
  });
  return { text: rgbOf(style.text), background: rgbOf(style.background), border: rgbOf(style.border), borderWidth: parseFloat(style.borderWidth), tag: style.tag };
}

test.describe('care cards', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the three kinds differ in words, icon and colour, at AA contrast, in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(CHEST_PAIN);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const bands: Rgb[] = [];
      for (const { words, heading } of KINDS) {
        const region = card(page, words, heading);
        await expect(region).toBeVisible();
        // The kind in visible words, with an icon beside them.
        await expect(region.getByRole('heading').first()).toContainText(words);
        await expect(region.getByText(words, { exact: true })).toBeVisible();
        await expect(region.getByRole('heading').first().locator('svg[aria-hidden="true"]')).toBeVisible();
        const colours = await bandColours(region);
        expect(contrast(colours.text, colours.background), `${words}: heading text on its band`).toBeGreaterThanOrEqual(4.5);
        bands.push(colours.background);
        // The body's text on the body's background.
        const body = await region.locator('li').first().evaluate((element) => {
          let node: Element | null = element;
          let background = 'rgba(0, 0, 0, 0)';
          while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
            background = getComputedStyle(node).backgroundColor;
            node = node.parentElement;
          }
          return { text: getComputedStyle(element).color, background };
        });
        expect(contrast(rgbOf(body.text), rgbOf(body.background)), `${words}: body text`).toBeGreaterThanOrEqual(4.5);
      }
      for (let i = 0; i < bands.length; i++) {
        for (let j = i + 1; j < bands.length; j++) {
          expect(distance(bands[i], bands[j]), `${KINDS[i].kind} and ${KINDS[j].kind} bands look alike`).toBeGreaterThan(100);
        }
      }
    });
  }

  test('on paper: white bands, each kind in its own ink, the emergency card with a heavier border', async ({ page }) => {
    await page.goto(CHEST_PAIN);
    await page.emulateMedia({ media: 'print' });
    const inks: Rgb[] = [];
    const borders: number[] = [];
    for (const { words, heading } of KINDS) {
      const region = card(page, words, heading);
      await expect(region.getByText(words, { exact: true })).toBeVisible();
      await expect(region.getByRole('heading').first().locator('svg[aria-hidden="true"]')).toBeVisible();
      const colours = await bandColours(region);
      expect(colours.background).toEqual([255, 255, 255]);
      expect(contrast(colours.text, [255, 255, 255]), `${words}: heading ink on paper`).toBeGreaterThanOrEqual(4.5);
      inks.push(colours.text);
      borders.push(colours.borderWidth);
    }
    for (let i = 0; i < inks.length; i++) {
      for (let j = i + 1; j < inks.length; j++) expect(distance(inks[i], inks[j]), `${KINDS[i].kind} and ${KINDS[j].kind} print alike`).toBeGreaterThan(100);
    }
    expect(borders[0]).toBeGreaterThan(borders[1]);
  });

  test("the cards' headings follow the page outline: no level skipped after the h1 or any other", async ({ page }) => {
    await page.goto(CHEST_PAIN);
    const levels = await page.locator('main').getByRole('heading').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(1);
    const first = await bandColours(card(page, KINDS[0].words, KINDS[0].heading));
    expect(first.tag, 'the first card comes straight after the title').toBe('H2');
  });
});
