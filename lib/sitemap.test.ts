import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { site } from './site';
import { renderSitemap, renderSitemapPart } from './sitemap';

const entries = Array.from({ length: 7 }, (_, i) => ({ url: `/posts/a${i}/`, lastModified: i === 3 ? null : `2024-01-0${i + 1}` }));
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<string, Record<string, unknown>>;
const list = <T>(value: T | T[]) => [value].flat();

describe('the sitemap', () => {
  it('is one urlset while the URLs fit in one file', () => {
    const document = parse(renderSitemap(entries, 7));
    assert.equal(document.urlset['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = list(document.urlset.url as { loc: string; lastmod?: string }[]);
    assert.deepEqual(urls.map((url) => url.loc), entries.map((entry) => `${site.url}${entry.url}`));
    assert.equal(urls[3].lastmod, undefined);
    assert.equal(renderSitemapPart(entries, 1, 7), null);
  });

  it('becomes an index of numbered parts past the limit, each part a urlset, every URL in one part', () => {
    const index = parse(renderSitemap(entries, 3));
    const parts = list(index.sitemapindex.sitemap as { loc: string; lastmod: string }[]);
    assert.deepEqual(parts.map((part) => part.loc), [1, 2, 3].map((n) => `${site.url}/sitemaps/${n}.xml`));
    assert.deepEqual(parts.map((part) => part.lastmod), ['2024-01-03', '2024-01-06', '2024-01-07']);
    const locs = [1, 2, 3].flatMap((n) => list(parse(renderSitemapPart(entries, n, 3) ?? '').urlset.url as { loc: string }[]).map((url) => url.loc));
    assert.deepEqual(locs, entries.map((entry) => `${site.url}${entry.url}`));
    for (const missing of [0, 4, 1.5]) assert.equal(renderSitemapPart(entries, missing, 3), null);
  });

  it('escapes what XML would not take', () => {
    const xml = renderSitemap([{ url: "/posts/a&b'<c>/", lastModified: null }]);
    assert.match(xml, /a&amp;b/);
    assert.equal(list(parse(xml).urlset.url as { loc: string }[])[0].loc, `${site.url}/posts/a&b'%3Cc%3E/`);
  });
});
