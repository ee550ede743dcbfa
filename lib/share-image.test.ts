import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ShownImage } from './content/article';
import { absoluteUrl } from './content/urls';
import { archivesMetadata, articleMetadata } from './metadata';
import { articleShareImage } from './share-image';
import { site } from './site';

const shown = (src: string): ShownImage => ({ src, alt: 'A knee brace', width: 800, height: 600 });
const article = (cover: ShownImage | null, thumbnail: ShownImage | null = null) => ({ slug: 'knee', title: 'Knee pain', cover: cover && { image: cover, caption: '', inList: true, inArticle: true, relative: false, hiddenInSingle: false }, thumbnail });

describe('share images', () => {
  it('takes the cover the site serves, else the thumbnail, else the article’s card', () => {
    assert.deepEqual(articleShareImage(article(shown('/media/ab12.webp'))), { url: '/media/ab12.webp', alt: 'A knee brace', width: 800, height: 600 });
    assert.equal(articleShareImage(article(null, shown('/images/thumb.png'))).url, '/images/thumb.png');
    assert.deepEqual(articleShareImage(article(shown('https://tse1.mm.bing.net/th?q=knee'))), { url: '/share-cards/posts/knee.png', alt: `Knee pain: ${site.name}`, width: 1200, height: 630 }, 'never another host');
  });

  it('gives every page og:image and twitter:image on the site’s host, with alt text, og:locale and a large card', () => {
    for (const metadata of [archivesMetadata(), articleMetadata({ ...fixture(), cover: null, thumbnail: null })]) {
      const og = metadata.openGraph as { images: { url: string; alt: string }[]; locale: string };
      const twitter = metadata.twitter as { card: string; images: { url: string; alt: string }[] };
      assert.equal(new URL(og.images[0].url).origin, new URL(site.url).origin);
      assert.ok(og.images[0].alt.length > 0);
      assert.deepEqual(twitter.images, og.images);
      assert.equal(twitter.card, 'summary_large_image');
      assert.equal(og.locale, 'en_GB');
    }
    assert.equal((archivesMetadata().openGraph as { images: { url: string }[] }).images[0].url, absoluteUrl('/share-cards/site.png'));
  });
});

function fixture() {
  return {
    slug: 'knee', url: '/posts/knee/', title: 'Knee pain', description: 'About knees.', date: '2024-01-02', dateSortKey: '2024-01-02', lastmod: null, publishDate: null, expiryDate: null, publishAt: null, expiresAt: null, weight: 0, keywords: [], series: [], seriesOrder: null, synonyms: [], condition: null, math: false, disableHljs: false, authors: [], tags: [],
    categories: [], summary: '', image: null, wordCount: 10, readingMinutes: 1, draft: false, searchHidden: false, review: { lastReviewed: null, nextReview: null, reviewers: [] },
    flags: { showToc: false, tocOpen: false, hideMeta: false, showReadingTime: true, showWordCount: true, showBreadCrumbs: true, showPostNavLinks: true, hideSummary: false, showDisclaimer: true, showShare: true },
  };
}
