import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { IndexedArticle } from '../lib/content/article';
import { sitePages } from '../lib/routes';
import { urgentHelpUrl } from '../lib/content/urls';
import { site } from '../lib/site';
import { laterDate, zonedDateTime } from '../lib/zoned-date';
import { APP_HOST, DRAFT, SEED, expect, test } from './helpers';

// What search engines read: each page's metadata (through the browser's DOM) and the sitemap and robots
// files (through an XML parser). Absolute URLs use the site's URL (SITE_URL), not the test server's.
const origin = `http://${APP_HOST}`;
const absolute = (path: string) => new URL(path, `${site.url}/`).href;
const storeIndex = () => JSON.parse(readFileSync('.content/index.json', 'utf8')) as { articles: IndexedArticle[]; pages: IndexedArticle[] };

test.describe('search engines', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'metadata does not depend on the viewport'));

  test('an article has its title, description, canonical URL, Open Graph and Twitter card', async ({ page }) => {
    await page.goto(SEED.path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    await expect(page).toHaveTitle(`${SEED.title} | ${site.name}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(site.language);

    const description = (await meta('meta[name="description"]')) ?? '';
    const firstParagraph = (await page.locator('.prose p').first().innerText()).replace(/\s+/g, ' ').trim();
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(firstParagraph.startsWith(description.replace(/…$/, '')), 'the description is the start of the first paragraph, cut between words').toBe(true);
    expect(description).not.toMatch(/[<>]/);

    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute(SEED.path));
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:url"]')).toBe(absolute(SEED.path));
    expect(await meta('meta[property="og:title"]')).toBe(SEED.title);
    expect(await meta('meta[property="article:published_time"]')).toBe(zonedDateTime(SEED.datetime));
    expect(await meta('meta[property="article:author"]')).toBe(SEED.author);
    // Its cover's stored copy, or its card: on the site's host, never the cover's original one.
    expect(new URL((await meta('meta[property="og:image"]')) ?? '').origin).toBe(new URL(site.url).origin);
    expect(await meta('meta[name="twitter:image"]')).toBe(await meta('meta[property="og:image"]'));
    expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
    expect(await meta('meta[property="og:locale"]')).toBe(site.locale.replace('-', '_'));
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  });

  test('an article carries one JSON-LD graph: MedicalWebPage, its breadcrumbs and its FAQ', async ({ page }) => {
    await page.goto(SEED.path);
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const graph = (JSON.parse((await scripts.textContent()) ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
    const node = (type: string) => graph.find((entry) => entry['@type'] === type) as Record<string, unknown>;

    const webPage = node('MedicalWebPage');
    expect(webPage.headline).toBe(SEED.title);
    const seed = storeIndex().articles.find((article) => article.url === SEED.path);
    expect(webPage.datePublished).toBe(zonedDateTime(SEED.datetime));
    expect(webPage.dateModified).toBe(zonedDateTime(laterDate(seed?.lastmod ?? SEED.datetime, seed?.review.lastReviewed ?? null) ?? ''));
    expect(webPage.mainEntityOfPage).toBe(absolute(SEED.path));
    expect(webPage.inLanguage).toBe(site.language);
    expect(webPage.author).toEqual([{ '@type': 'Person', name: SEED.author }]);
    expect(node('Organization')['@id']).toBe(absolute('/#publisher'));
    expect(webPage.publisher).toEqual({ '@id': absolute('/#publisher') });

    const crumbs = node('BreadcrumbList').itemListElement as { position: number; name: string; item: string }[];
    const visible = await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts();
    expect(crumbs.map((crumb) => crumb.position)).toEqual(visible.map((_, i) => i + 1));
    expect(crumbs.map((crumb) => crumb.name)).toEqual(visible.map((text) => text.replace(/^›\s*/, '').trim()));
    expect(crumbs.at(-1)?.item).toBe(absolute(SEED.path));

    const questions = node('FAQPage').mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    const h3s = (await page.locator('.prose h3').allInnerTexts()).map((text) => text.trim());
    expect(h3s).toHaveLength(9);
    expect(questions.map((question) => question.name)).toEqual(h3s);
    for (const question of questions) expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
  });

  test('the home page describes the WebSite', async ({ page }) => {
    await page.goto('/');
    const graph = (JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
    const website = graph.find((entry) => entry['@type'] === 'WebSite');
    expect(website).toMatchObject({ name: site.name, url: absolute('/'), publisher: { '@id': absolute('/#publisher') } });
  });

  for (const { path, title } of [
    { path: '/posts/', title: 'Posts' },
    { path: '/tags/', title: 'Tags' },
    { path: '/tags/blood-clots/', title: 'Articles tagged “blood clots”' },
  ]) {
    test(`${path} has its own title, description and canonical URL`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(`${title} | ${site.name}`);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(absolute(path));
      expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('website');
      if (path === '/tags/') return;
      const graph = (JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
      const collection = graph.find((entry) => entry['@type'] === 'CollectionPage') as { url: string; mainEntity: { '@type': string; itemListElement: unknown[] } };
      expect(collection.url).toBe(absolute(path));
      expect(collection.mainEntity['@type']).toBe('ItemList');
      expect(collection.mainEntity.itemListElement.length).toBeGreaterThan(0);
      expect(graph.some((entry) => entry['@type'] === 'BreadcrumbList')).toBe(true);
    });
  }

  test('the sitemap lists every public page once, with when it changed, and no draft', async () => {
    const response = await fetch(`${origin}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    const parsed = new XMLParser().parse(xml) as { urlset: { url: { loc: string; lastmod?: string } | { loc: string; lastmod?: string }[] } };
    const entries = [parsed.urlset.url].flat();
    const index = storeIndex();
    const pages = sitePages(index.articles, index.pages);
    expect(entries.map((entry) => entry.loc).sort()).toEqual([...pages.articles, ...pages.lists, ...pages.pages, urgentHelpUrl()].map(absolute).sort());
    expect(entries.find((entry) => entry.loc === absolute(SEED.path))?.lastmod).toMatch(new RegExp(`^${SEED.datetime}`));
    expect(xml).not.toContain(DRAFT.path);
    expect(xml).not.toContain('zebra-quasar-lighthouse');
    // Parts exist only past 50,000 URLs (lib/sitemap.test.ts splits at a lowered limit).
    expect((await fetch(`${origin}/sitemaps/1.xml`)).status).toBe(404);
  });

  test("an article's aliases (its old URLs) redirect permanently to it", async () => {
    const target = '/posts/sleep-hygiene-habits-for-better-sleep/';
    for (const alias of ['/2021/09/sleep-hygiene/', '/old/sleep.html']) {
      const response = await fetch(origin + alias, { redirect: 'manual' });
      expect(response.status, alias).toBe(308);
      expect(new URL(response.headers.get('location') ?? '', origin).pathname, alias).toBe(target);
    }
    // Without the slash: one permanent redirect, straight to the article.
    const bare = await fetch(`${origin}/2021/09/sleep-hygiene`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(new URL(bare.headers.get('location') ?? '', origin).pathname).toBe(target);
  });

  test('pages get their trailing slash and files lose one, each with one permanent redirect', async () => {
    for (const [from, to] of [
      ['/posts', '/posts/'],
      [SEED.path.slice(0, -1), SEED.path],
      ['/tags/blood-clots', '/tags/blood-clots/'],
      ['/index.xml/', '/index.xml'],
    ]) {
      const response = await fetch(origin + from, { redirect: 'manual' });
      expect(response.status, from).toBe(308);
      expect(new URL(response.headers.get('location') ?? '', origin).pathname, from).toBe(to);
    }
    for (const path of ['/index.xml', '/sitemap.xml', '/icon.svg', '/feed.json']) expect((await fetch(origin + path, { redirect: 'manual' })).status, path).toBe(200);
  });

  test('every page links a self-hosted favicon, apple-touch-icon and web app manifest', async ({ page }) => {
    await page.goto('/');
    for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
      const href = await page.locator(`link[rel="${rel}"]`).first().getAttribute('href');
      expect(href, rel).toMatch(/^\//);
      const response = await fetch(origin + href, { redirect: 'manual' });
      expect(response.status, rel).toBe(200);
      if (rel === 'apple-touch-icon') expect(response.headers.get('content-type')).toBe('image/png');
      if (rel === 'manifest') {
        const manifest = (await response.json()) as { name: string; start_url: string; icons: { src: string }[] };
        expect(manifest.name).toContain(site.name);
        expect(manifest.start_url).toBe('/');
        for (const icon of manifest.icons) expect((await fetch(origin + icon.src, { redirect: 'manual' })).status, icon.src).toBe(200);
      }
    }
  });

  test('robots.txt lets crawlers in and points to the sitemap', async () => {
    const text = await (await fetch(`${origin}/robots.txt`)).text();
    expect(text).toMatch(/^User-Agent: \*$/im);
    expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  });

  test('robots.txt reads the same to Python\'s robotparser and to protego', async () => {
    const text = await (await fetch(`${origin}/robots.txt`)).text();
    const expected: Record<string, boolean> = {
      '/api/revalidate/': false,
      '/api/preview/': false,
      [`/preview/posts/${DRAFT.slug}/`]: false,
      [SEED.path]: true,
      '/': true,
      '/posts/': true,
      '/health-a-z/': true,
    };
    const verdicts = JSON.parse(
      execFileSync('/usr/bin/python3', ['e2e/robots-parsers.py', ...Object.keys(expected)], { input: text, encoding: 'utf8' }),
    ) as Record<string, { robotparser: boolean; protego: boolean }>;
    for (const [path, allowed] of Object.entries(expected)) {
      expect(verdicts[path], path).toEqual({ robotparser: allowed, protego: allowed });
    }
  });
});
