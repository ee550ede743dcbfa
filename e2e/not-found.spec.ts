import { HTTP_404_LOG, expect, test } from './helpers';

for (const url of ['/no-such-page/', '/posts/no-such-article/']) {
  test(`${url} is a helpful 404 page`, async ({ page, guard }) => {
    guard.allowConsoleError(HTTP_404_LOG);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('body')).toContainText(/not found/i);

    const homeLinks = page.getByRole('main').locator('a[href="/"]');
    await expect(homeLinks.first(), 'a link back home inside the main content').toBeVisible();
  });
}
