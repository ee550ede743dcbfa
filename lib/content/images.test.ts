import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { ArticleCover, ShownImage } from './article';
import { listImage, missingLocalImages, servedImage, withServedImages } from './images';
import type { MediaManifest } from './media';
import { missingImageWarnings } from './pipeline/image-checks';

/** A real 3×2 PNG (image-size reads its header). */
const PNG_3X2 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEklEQVR4nGP8z8DAwMDAxMDAAAAjAQMBuCSOXQAAAABJRU5ErkJggg==', 'base64');

const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-public-'));
fs.mkdirSync(path.join(publicDir, 'images'));
fs.writeFileSync(path.join(publicDir, 'images', 'knee.png'), PNG_3X2);
fs.writeFileSync(path.join(publicDir, 'images', 'notes.txt'), 'not an image');
after(() => fs.rmSync(publicDir, { recursive: true, force: true }));

const REMOTE = 'https://cdn.example/knee.jpg';
const media: MediaManifest = { [REMOTE]: { file: '0123456789abcdef0123456789abcdef.jpg', width: 800, height: 500, type: 'image/jpeg' } };

const image = (src: string, alt = 'A knee'): ShownImage => ({ src, alt, width: null, height: null });
const cover = (src: string, placement: Partial<ArticleCover> = {}): ArticleCover => ({ image: image(src), caption: '', inArticle: true, inList: true, ...placement });

describe('which image a list card shows', () => {
  const thumbnail = image('/images/thumb.png', '');
  it('the cover, unless its flags keep it off lists; then the thumbnail; else none', () => {
    assert.equal(listImage({ cover: cover('/images/knee.png'), thumbnail })?.src, '/images/knee.png');
    assert.equal(listImage({ cover: cover('/images/knee.png', { inList: false }), thumbnail }), thumbnail);
    assert.equal(listImage({ cover: null, thumbnail }), thumbnail);
    assert.equal(listImage({ cover: cover('/images/knee.png', { inList: false }), thumbnail: null }), null);
  });
});

describe('images as pages serve them', () => {
  it('a remote image becomes our stored copy, with its size', () => {
    assert.deepEqual(servedImage(image(REMOTE), media, publicDir), { src: '/media/0123456789abcdef0123456789abcdef.jpg', alt: 'A knee', width: 800, height: 500 });
  });

  it('a local image keeps its path and gets the size of its file in public/', () => {
    assert.deepEqual(servedImage(image('/images/knee.png'), media, publicDir), { src: '/images/knee.png', alt: 'A knee', width: 3, height: 2 });
  });

  it('none when there is nothing to serve: a remote image never stored, a missing file, a file that is not an image, a path out of public/', () => {
    assert.equal(servedImage(image('https://cdn.example/gone.png'), media, publicDir), null);
    assert.equal(servedImage(image('/images/missing.png'), media, publicDir), null);
    assert.equal(servedImage(image('/images/notes.txt'), media, publicDir), null);
    assert.equal(servedImage(image('/images'), media, publicDir), null);
    assert.equal(servedImage(image('/%2e%2e/%2e%2e/etc/passwd'), media, publicDir), null);
    assert.equal(servedImage(image('/%E0%A4%A'), media, publicDir), null);
  });

  it('a summary keeps its flags and caption; a cover or thumbnail that cannot be served is dropped', () => {
    const served = withServedImages({ cover: { ...cover('/images/knee.png', { inArticle: false }), caption: 'Rest' }, thumbnail: image('https://cdn.example/gone.png', '') }, media, publicDir);
    assert.deepEqual(served.cover, { image: { src: '/images/knee.png', alt: 'A knee', width: 3, height: 2 }, caption: 'Rest', inArticle: false, inList: true });
    assert.equal(served.thumbnail, null);
    assert.equal(withServedImages({ cover: cover('/images/missing.png'), thumbnail: null }, media, publicDir).cover, null);
  });

  it('the build names each local cover or thumbnail whose file is missing (remote ones are reported when stored)', () => {
    const articles = [
      { file: 'content/posts/a.md', cover: cover('/images/knee.png'), thumbnail: image('/images/missing.png') },
      { file: 'content/posts/b.md', cover: cover('/images/notes.txt'), thumbnail: image('https://cdn.example/gone.png') },
    ];
    assert.deepEqual(missingLocalImages(articles, publicDir), [
      { file: 'content/posts/a.md', key: 'thumbnail', src: '/images/missing.png' },
      { file: 'content/posts/b.md', key: 'cover', src: '/images/notes.txt' },
    ]);
  });
});

describe('the build and the checker on a missing image', () => {
  it('name the file and the line of the key that names the image', () => {
    const file = path.join(publicDir, 'post.md');
    fs.writeFileSync(file, '---\ntitle: T\nthumbnail: /images/gone.png\ncover:\n  image: /images/missing.png\n---\nBody\n');
    const warnings = missingImageWarnings([{ file, cover: cover('/images/missing.png'), thumbnail: image('/images/gone.png', '') }], publicDir);
    assert.deepEqual(
      warnings.map(({ line, rule, message }) => ({ line, rule, message })),
      [
        { line: 4, rule: 'missing-image', message: 'the cover image /images/missing.png is not an image file in public/, so the article and its cards show none: put it at public/images/missing.png' },
        { line: 3, rule: 'missing-image', message: 'the thumbnail image /images/gone.png is not an image file in public/, so the article and its cards show none: put it at public/images/gone.png' },
      ],
    );
  });
});

describe("a page bundle's cover, stored by the build", () => {
  const stored = { src: `/media/${'ab'.repeat(32)}.png`, alt: 'A knee', width: 1200, height: 630 };
  it('is served as the build stored it, with its size, and is never reported missing from public/', () => {
    assert.deepEqual(servedImage(stored, {}, publicDir), stored);
    assert.deepEqual(missingLocalImages([{ file: 'content/posts/knee/index.md', cover: { image: stored, caption: '', inArticle: true, inList: true }, thumbnail: null }], publicDir), []);
  });
  it('but a /media/ path the build did not write is not taken on trust', () => {
    assert.equal(servedImage({ ...stored, src: '/media/knee.png' }, {}, publicDir), null);
  });
});
