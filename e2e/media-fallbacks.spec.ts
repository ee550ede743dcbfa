import { SEED, expect, test } from './helpers';

// Media that does not load: the video's own page is always one link away (the player may be blocked, the
// provider down, the page printed), and an image the build could not store is a short captioned note.
const WATCH_URL = `https://www.youtube.com/watch?v=${SEED.youtubeId}`;

test.describe('media fallbacks', () => {
  test('a video whose player cannot load still offers "Watch on YouTube"', async ({ page, guard }) => {
    guard.allowConsoleError(/Failed to load resource|ERR_FAILED|ERR_BLOCKED/);
    // The player's host fails, as when a network or a browser extension blocks it.
    await page.route((url) => url.hostname === 'www.youtube-nocookie.com', (route) => route.abort('blockedbyclient'));
    await page.goto(SEED.path);
    const watch = page.getByRole('link', { name: /^Watch on YouTube/ });
    await expect(watch).toBeVisible();
    await expect(watch).toHaveAttribute('href', WATCH_URL);
    await page.getByRole('button', { name: `Play video: ${SEED.title}` }).click();
    await expect(page.locator('iframe[title]')).toBeAttached();
    await expect(watch).toBeVisible();
  });

  test('on paper the player is left out and the link stays', async ({ page }) => {
    await page.goto(SEED.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: `Play video: ${SEED.title}` })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Watch on YouTube/ })).toBeVisible();
  });

  test('an image that could not be stored is a short note naming it, captioned as such', async ({ page, guard }) => {
    await page.goto(SEED.path);
    const note = page.locator('[data-missing-image]').first();
    await expect(note).toHaveText(/^Image not available: .+/);
    await expect(page.getByRole('img', { name: 'What Are The Symptoms Of A Blood Clot Behind The Knee?' }).first()).toBeVisible();
    expect((await note.boundingBox())!.height).toBeLessThan(120);
    expect(guard.foreignRequests).toEqual([]);
  });
});
