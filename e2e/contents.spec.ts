import { SEED, expect, test } from './helpers';

// The table of contents at both widths: a closed "Contents" disclosure on a phone; on a wide screen an open
// box that scrolls within the viewport, with a visible sign that it does, marking the section being read.
const toc = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Table of contents', includeHidden: true });
const disclosure = (page: import('@playwright/test').Page) => page.locator('details').filter({ has: toc(page) });

test.describe('table of contents', () => {
  test('on a phone: a closed "Contents" disclosure that opens on a tap', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'the phone layout');
    await page.goto(SEED.path);
    await expect(disclosure(page)).not.toHaveAttribute('open', /.*/);
    await expect(toc(page)).toBeHidden();
    const summary = page.locator('summary').filter({ hasText: /^Contents$/ });
    await expect(summary).toBeVisible();
    // It takes a line, not the first screen.
    expect((await disclosure(page).boundingBox())!.height).toBeLessThan(100);
    await summary.click();
    await expect(toc(page)).toBeVisible();
  });

  test('on a wide screen: open, scrolling within the viewport with a sign that it scrolls, the section being read marked', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the wide layout');
    // Short enough that the seed's 15 entries do not fit.
    await page.setViewportSize({ width: 1280, height: 480 });
    await page.goto(SEED.path);
    const box = disclosure(page);
    await expect(box).toHaveAttribute('open', /.*/);
    await expect(toc(page)).toBeVisible();
    // Into the body, where the box has stuck to the top of the viewport.
    const firstId = decodeURIComponent((await toc(page).getByRole('link').first().getAttribute('href'))!.slice(1));
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), firstId);
    await expect.poll(() => box.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBe(16);
    const layout = await box.evaluate((element) => {
      const style = getComputedStyle(element);
      return { overflowY: style.overflowY, scrollHeight: element.scrollHeight, clientHeight: element.clientHeight, bottom: element.getBoundingClientRect().bottom, backgroundImage: style.backgroundImage, attachment: style.backgroundAttachment };
    });
    expect(layout.overflowY).toBe('auto');
    expect(layout.scrollHeight, 'more entries than fit').toBeGreaterThan(layout.clientHeight);
    expect(layout.bottom, 'the box ends inside the viewport').toBeLessThanOrEqual(480);
    // The sign: shadows drawn by gradients, fixed to the box's edges while covers scroll with the list.
    expect(layout.backgroundImage).toContain('radial-gradient');
    expect(layout.attachment).toContain('scroll');
    expect(layout.attachment).toContain('local');

    const links = toc(page).getByRole('link');
    const last = links.last();
    const href = (await last.getAttribute('href'))!;
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), decodeURIComponent(href.slice(1)));
    await expect(last).toHaveAttribute('aria-current', 'location');
    await expect(toc(page).locator('[aria-current]')).toHaveCount(1);
    // The marked entry is scrolled into the box's view.
    await expect
      .poll(async () => {
        const [entry, frame] = await Promise.all([last.boundingBox(), box.boundingBox()]);
        return entry !== null && frame !== null && entry.y >= frame.y - 1 && entry.y + entry.height <= frame.y + frame.height + 1;
      })
      .toBe(true);

    const first = links.first();
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), firstId);
    await expect(first).toHaveAttribute('aria-current', 'location');
    await expect(last).not.toHaveAttribute('aria-current', /.*/);
  });
});
