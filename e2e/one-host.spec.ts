import { XMLParser } from 'fast-xml-parser';
import { site } from '../lib/site';
import { expect, test } from './helpers';

// One host in every absolute URL the site writes: the build's SITE_URL, although the server was started
// with another one (playwright.config.ts). Every page of the sitemap is read: its canonical, og:url,
// og:image, twitter:image and the site's own URLs in its JSON-LD; then robots.txt, the sitemap and the feeds.
const host = new URL(site.url).host;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const hostOf = (url: string) => new URL(url).host;

/** The JSON-LD values that name this site's pages and files (a reviewer's own page may be elsewhere). */
function siteUrlsInJsonLd(node: unknown, inPerson = false): string[] {
  if (Array.isArray(node)) return node.flatMap((item) => siteUrlsInJsonLd(item, inPerson));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const person = inPerson || record['@type'] === 'Person';
  return Object.entries(record).flatMap(([key, value]) =>
    typeof value === 'string' && /^https?:\/\//.test(value) && ['@id', 'url', 'item', 'image', 'logo', 'mainEntityOfPage'].includes(key) && !person ? [value] : siteUrlsInJsonLd(value, person),
  );
}

test.describe('one host', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'URLs do not depend on the viewport'));

  test('every absolute URL of every page, the sitemap, robots.txt and the feeds is on the build’s SITE_URL', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    const sitemapLines = robots.split('\n').filter((line) => /^sitemap:/i.test(line));
    expect(sitemapLines.length).toBeGreaterThan(0);
    for (const line of sitemapLines) expect(hostOf(line.replace(/^sitemap:\s*/i, '').trim()), line).toBe(host);

    const sitemap = xml.parse(await (await request.get('/sitemap.xml')).text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
    const locs = [sitemap.urlset.url].flat().map((entry) => entry.loc);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(hostOf(loc), loc).toBe(host);

    for (const loc of locs) {
      const path = new URL(loc).pathname;
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1].replace(/&amp;/g, '&'));
      const canonical = attribute(/<link rel="canonical" href="([^"]+)"/g);
      expect(canonical, `${path}: canonical`).toEqual([loc]);
      const ogUrl = attribute(/<meta property="og:url" content="([^"]+)"/g);
      expect(ogUrl, `${path}: og:url`).toEqual([loc]);
      const images = [...attribute(/<meta property="og:image" content="([^"]+)"/g), ...attribute(/<meta name="twitter:image" content="([^"]+)"/g)];
      expect(images.length, `${path}: og:image and twitter:image`).toBeGreaterThanOrEqual(2);
      const jsonLd = attribute(/<script type="application\/ld\+json">([^<]+)<\/script>/g).flatMap((json) => siteUrlsInJsonLd(JSON.parse(json)));
      for (const url of [...images, ...jsonLd]) expect(hostOf(url), `${path}: ${url}`).toBe(host);
    }

    for (const feed of ['/index.xml', '/atom.xml', '/feed.json']) {
      const text = await (await request.get(feed)).text();
      const urls = feed.endsWith('.json')
        ? (() => {
            const json = JSON.parse(text) as { home_page_url: string; feed_url: string; items: { url: string }[] };
            return [json.home_page_url, json.feed_url, ...json.items.map((item) => item.url)];
          })()
        : [...text.matchAll(/<(?:link|id)>(https?:[^<]+)<\/(?:link|id)>|<link (?:rel="alternate" )?href="(https?:[^"]+)"(?: rel="(?:alternate|self)")?/g)].map((match) => match[1] ?? match[2]);
      expect(urls.length, feed).toBeGreaterThan(2);
      for (const url of urls) expect(hostOf(url), `${feed}: ${url}`).toBe(host);
    }
  });

  test('a share card is a 1200×630 PNG', async ({ request, page }) => {
    await page.goto('/archives/');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBeTruthy();
  });
});
