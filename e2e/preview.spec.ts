import { E2E_CONTENT_DIR } from './content-dir';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexedArticle } from '../lib/content/article';
import { sitePages } from '../lib/routes';
import { APP_HOST, DRAFT, HTTP_404_LOG, PREVIEW_SECRET, expect, test } from './helpers';

// Draft preview on the production server (npm start, with PREVIEW_SECRET set): Draft Mode, a page
// compiled from the file on each request, and nothing of a draft anywhere public.
const origin = `http://${APP_HOST}`;
const previewPath = `/preview/posts/${DRAFT.slug}/`;
const enter = (secret: string, slug: string = DRAFT.slug) => `/api/preview/?secret=${encodeURIComponent(secret)}&slug=${encodeURIComponent(slug)}`;

test.describe('draft preview', () => {
  // One browser size is enough; the tests that edit the draft's file must not run at once.
  test.describe.configure({ mode: 'serial' });
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'preview does not depend on the viewport'));

  test('a missing or wrong secret gets 401 and the same answer whether the article exists or not', async () => {
    const answers = new Set<string>();
    for (const slug of [DRAFT.slug, 'no-such-article']) {
      for (const url of [`/api/preview/?slug=${slug}`, enter('wrong', slug), enter(`${PREVIEW_SECRET}x`, slug)]) {
        const response = await fetch(origin + url, { redirect: 'manual' });
        expect(response.status, url).toBe(401);
        expect(response.headers.get('set-cookie'), url).toBeNull();
        answers.add(await response.text());
      }
    }
    expect(answers.size).toBe(1);
  });

  test('a preview page is a 404 without Draft Mode', async ({ page, guard }) => {
    guard.allowConsoleError(HTTP_404_LOG);
    const response = await page.goto(previewPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(DRAFT.marker)).toHaveCount(0);
  });

  test('the right secret shows the draft with a banner, noindex and no-store; exit ends Draft Mode', async ({ page, guard }) => {
    guard.allowConsoleError(HTTP_404_LOG);
    const response = await page.goto(enter(PREVIEW_SECRET));
    expect(new URL(page.url()).pathname).toBe(previewPath);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(page.getByRole('status').filter({ hasText: 'Preview: this draft is not published' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: DRAFT.title })).toBeVisible();
    await expect(page.getByText(DRAFT.marker)).toBeVisible();

    await page.getByRole('link', { name: 'Exit preview' }).click();
    await page.waitForURL(`${origin}/`);
    expect((await page.goto(previewPath))?.status()).toBe(404);
  });

  test('a saved edit shows on reload, with no build; a broken edit shows its problems as the build prints them', async ({ page }) => {
    // A draft of this test's own, so no other test ever reads a half-edited file.
    const slug = 'preview-scratch-draft';
    // In the folder the site was built from, which preview reads.
    const file = `${E2E_CONTENT_DIR}/${slug}.md`;
    const draft = (line: string) => `---\ntitle: A scratch draft\n${line}\ndraft: true\n---\n\nFirst text.\n`;
    try {
      writeFileSync(file, draft('date: 2024-02-02'));
      await page.goto(enter(PREVIEW_SECRET, slug));
      await expect(page.getByText('First text.')).toBeVisible();
      const saved = Date.now();
      writeFileSync(file, `${draft('date: 2024-02-02')}\nA freshly saved sentence.\n`);
      await page.reload();
      await expect(page.getByText('A freshly saved sentence.')).toBeVisible();
      test.info().annotations.push({ type: 'save to preview', description: `${Date.now() - saved} ms` });

      writeFileSync(file, draft('date: 2023-13-45'));
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      await expect(page.getByText(`${file}:3:1: error: "date" is not a date ("2023-13-45")`, { exact: false })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible();
    } finally {
      rmSync(file, { force: true });
    }
  });

  test('after a preview, nothing public holds the draft: no page, list, feed, sitemap or built file', async ({ page }) => {
    await page.goto(enter(PREVIEW_SECRET));
    await expect(page.getByText(DRAFT.marker)).toBeVisible();
    const index = JSON.parse(readFileSync('.content/index.json', 'utf8')) as { articles: IndexedArticle[]; pages: IndexedArticle[] };
    const pages = sitePages(index.articles, index.pages);
    for (const url of [...pages.articles, ...pages.lists, ...pages.feeds, ...pages.pages, '/sitemap.xml', '/robots.txt', DRAFT.path]) {
      const body = await (await fetch(origin + url)).text();
      expect(body, url).not.toContain(DRAFT.marker);
    }
    // The build's output and the content store, file by file.
    const holding: string[] = [];
    const scan = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) scan(file);
        else if (statSync(file).size < 20_000_000 && readFileSync(file).includes(DRAFT.marker)) holding.push(file);
      }
    };
    for (const dir of ['.next', '.content', 'public'].filter((dir) => existsSync(dir))) scan(dir);
    expect(holding).toEqual([]);
  });
});
