import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parseXml, validateAtom1, validateJsonFeed11, validateRss2 } from '../../tests/feeds/validate';
import type { ArticleSummary } from '../content/article';
import type { FeedFormat, FeedPage } from '../routes';
import { site } from '../site';
import { renderFeed } from './render';

const article = (slug: string, date: string): ArticleSummary => ({
  slug,
  url: `/posts/${slug}/`,
  title: `Title of ${slug} & <friends>`,
  description: '',
  date,
  dateSortKey: date,
  lastmod: null,
  publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0, keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false,
  authors: ['Ada', 'Grace'],
  tags: ['Sleep', '睡眠'],
  categories: [],
  summary: `Summary of ${slug}.`,
  image: { src: 'cover.png', alt: 'A cover' },
  cover: null,
  thumbnail: null,
  wordCount: 10,
  readingMinutes: 1,
  draft: false,
  searchHidden: false, review: { lastReviewed: null, nextReview: null, reviewers: [] },
  flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: true, showWordCount: true, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
});

const BODY =
  '<p>See <a href="../other/">another page</a>, <a href="#risks">the risks</a>, <a href="/tags/sleep/">a tag</a> and ' +
  '<a href="https://example.org/x">a site</a>.</p><p><img src="chart.png" srcset="chart.png 1x, /img/chart@2x.png 2x" alt="Chart"></p>' +
  '<video poster="poster.jpg"><source src="clip.mp4"></video>';

const page = (format: FeedFormat): FeedPage => ({
  url: format === 'rss' ? '/index.xml' : format === 'atom' ? '/atom.xml' : '/feed.json',
  format,
  title: site.name,
  description: site.description,
  listUrl: '/',
  articles: [article('newer', '2024-03-02'), article('older', '2024-03-01')],
});

/** Every URL-valued attribute in some HTML, read by an HTML parser. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'element', (node: Element) => {
    for (const name of ['href', 'src', 'poster']) if (typeof node.properties[name] === 'string') urls.push(node.properties[name]);
    if (typeof node.properties.srcSet === 'string') urls.push(...node.properties.srcSet.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
  });
  return urls;
}

describe('renderFeed', () => {
  it('writes valid RSS 2.0 carrying each article whole, with every URL absolute', () => {
    const xml = renderFeed(page('rss'), () => BODY);
    assert.deepEqual(validateRss2(xml), []);
    const items = [(parseXml(xml).rss as { channel: { item: Record<string, string>[] } }).channel.item].flat();
    assert.deepEqual(items.map((item) => item.link), [`${site.url}/posts/newer/`, `${site.url}/posts/older/`]);
    const urls = urlsIn(items[0]['content:encoded']);
    assert.deepEqual(urls, [
      `${site.url}/posts/other/`,
      `${site.url}/posts/newer/#risks`,
      `${site.url}/tags/sleep/`,
      'https://example.org/x',
      `${site.url}/posts/newer/chart.png`,
      `${site.url}/posts/newer/chart.png`,
      `${site.url}/img/chart@2x.png`,
      `${site.url}/posts/newer/poster.jpg`,
      `${site.url}/posts/newer/clip.mp4`,
    ]);
  });

  it('writes valid Atom 1.0', () => {
    const xml = renderFeed(page('atom'), () => BODY);
    assert.deepEqual(validateAtom1(xml), []);
    const entries = [(parseXml(xml).feed as { entry: { title: unknown }[] }).entry].flat();
    assert.equal(entries.length, 2);
  });

  it('writes valid JSON Feed 1.1 naming every author of an item', () => {
    const json = renderFeed(page('json'), () => BODY);
    assert.deepEqual(validateJsonFeed11(json), []);
    const feed = JSON.parse(json) as { language: string; items: { authors: { name: string }[]; title: string; tags: string[] }[] };
    assert.equal(feed.language, site.language);
    assert.deepEqual(feed.items[0].authors, [{ name: 'Ada' }, { name: 'Grace' }]);
    assert.equal(feed.items[0].title, 'Title of newer & <friends>');
    assert.deepEqual(feed.items[0].tags, ['Sleep', '睡眠']);
  });
});

describe('the feed validators', () => {
  it('find what the specifications forbid', () => {
    assert.notDeepEqual(validateRss2('<rss version="0.91"><channel><title>t</title></channel></rss>'), []);
    assert.notDeepEqual(validateRss2('<rss version="2.0"><channel><title>t</title><link>/</link><description>d</description><item><pubDate>2024-03-01</pubDate></item></channel></rss>'), []);
    assert.notDeepEqual(validateAtom1('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>x:1</id><updated>yesterday</updated></entry></feed>'), []);
    assert.notDeepEqual(validateJsonFeed11('{"version":"https://jsonfeed.org/version/1","title":"t","items":[{"url":"/x"}]}'), []);
  });
});
