import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { IndexedArticle } from '../lib/content/article';
import { feedPages, sitePages, type FeedFormat } from '../lib/routes';
import { site } from '../lib/site';
import { parseXml, validateAtom1, validateJsonFeed11, validateRss2 } from '../tests/feeds/validate';
import { APP_HOST, DRAFT, SEED, expect, test } from './helpers';

// The feeds as feed readers get them: each validated against its specification, carrying the newest
// public articles whole, every URL absolute, and nothing of a draft.
const origin = `http://${APP_HOST}`;
const absolute = (path: string) => new URL(path, `${site.url}/`).href;
const storeArticles = () => (JSON.parse(readFileSync('.content/index.json', 'utf8')) as { articles: IndexedArticle[] }).articles;
const DRAFT_MARKER = 'zebra-quasar-lighthouse';

interface FeedItem {
  url: string;
  html: string;
}

/** Each item's link and full HTML, whatever the format. */
function itemsOf(format: FeedFormat, body: string): FeedItem[] {
  if (format === 'json') return (JSON.parse(body) as { items: { url: string; content_html: string }[] }).items.map((item) => ({ url: item.url, html: item.content_html }));
  const document = parseXml(body);
  if (format === 'rss') {
    const items = (document.rss as { channel: { item?: unknown } }).channel.item;
    return ([items ?? []].flat() as Record<string, string>[]).map((item) => ({ url: item.link, html: item['content:encoded'] }));
  }
  const entries = (document.feed as { entry?: unknown }).entry;
  type Link = { '@href': string; '@rel'?: string };
  return ([entries ?? []].flat() as { link: Link | Link[]; content: { '#text': string } }[]).map((entry) => ({
    url: [entry.link].flat().find((link) => (link['@rel'] ?? 'alternate') === 'alternate')?.['@href'] ?? '',
    html: entry.content['#text'],
  }));
}

function elementsIn(html: string): Element[] {
  const elements: Element[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'element', (node: Element) => void elements.push(node));
  return elements;
}

const VALIDATORS: Record<FeedFormat, (body: string) => string[]> = { rss: validateRss2, atom: validateAtom1, json: validateJsonFeed11 };
const MEDIA_TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

test.describe('feeds', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'feeds do not depend on the viewport'));

  test('every feed is valid, carries its newest public articles whole with absolute URLs, and no draft', async () => {
    const feeds = feedPages(storeArticles());
    expect(feeds.map((feed) => feed.url)).toEqual(expect.arrayContaining(['/index.xml', '/atom.xml', '/feed.json', '/posts/index.xml', '/tags/blood-clots/index.xml']));
    expect(feeds.map((feed) => feed.url).sort()).toEqual(sitePages(storeArticles()).feeds.sort());
    for (const feed of feeds) {
      const response = await fetch(origin + feed.url);
      expect(response.status, feed.url).toBe(200);
      expect(response.headers.get('content-type'), feed.url).toContain(MEDIA_TYPES[feed.format]);
      const body = await response.text();
      expect(VALIDATORS[feed.format](body), feed.url).toEqual([]);
      const items = itemsOf(feed.format, body);
      expect(items.map((item) => item.url), feed.url).toEqual(feed.articles.map((article) => absolute(article.url)));
      for (const item of items) {
        expect(item.html.length, item.url).toBeGreaterThan(100);
        for (const element of elementsIn(item.html)) {
          for (const name of ['href', 'src', 'poster']) {
            const value = element.properties[name];
            if (typeof value === 'string') expect(value, `${feed.url} ${item.url} <${element.tagName} ${name}>`).toMatch(/^(https?:|mailto:|tel:)/);
          }
        }
      }
      expect(body, feed.url).not.toContain(DRAFT.path);
      expect(body, feed.url).not.toContain(DRAFT.title);
      expect(body, feed.url).not.toContain(DRAFT_MARKER);
    }
  });

  test("the seed's video facade is a plain link to the video in feeds", async () => {
    const items = itemsOf('rss', await (await fetch(`${origin}/index.xml`)).text());
    const seed = items.find((item) => item.url === absolute(SEED.path));
    expect(seed).toBeDefined();
    const elements = elementsIn(seed?.html ?? '');
    expect(elements.some((element) => element.tagName === 'a' && element.properties.href === `https://www.youtube.com/watch?v=${SEED.youtubeId}`)).toBe(true);
    expect(elements.filter((element) => ['button', 'iframe', 'script'].includes(element.tagName))).toEqual([]);
  });

  test("every page's head links the site's feeds; lists link their own", async ({ page }) => {
    const siteFeeds = ['/index.xml', '/atom.xml', '/feed.json'].map(absolute);
    for (const [path, own] of [
      ['/', null],
      [SEED.path, null],
      ['/posts/', '/posts/index.xml'],
      ['/tags/blood-clots/', '/tags/blood-clots/index.xml'],
    ] as const) {
      await page.goto(path);
      const links = await page.locator('head link[rel="alternate"][type]').evaluateAll((nodes) => nodes.map((node) => ({ type: node.getAttribute('type'), href: node.getAttribute('href') })));
      expect(links.map((link) => link.href), path).toEqual(expect.arrayContaining(own ? [...siteFeeds, absolute(own)] : siteFeeds));
      if (!own) expect(links, path).toHaveLength(3);
      for (const link of links) expect((await fetch(origin + new URL(link.href ?? '').pathname)).status, link.href ?? '').toBe(200);
    }
  });
});
