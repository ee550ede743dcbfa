import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverOf, thumbnailOf } from './cover';
import { problems, read } from './__fixtures__/front-matter-helpers';


const PAGE = '/posts/knee/';

describe('cover, thumbnail and disableShare in front matter', () => {
  it('reads PaperMod\'s cover with its caption and flags, keys in any case', () => {
    const cover = read('cover:\n  Image: /images/knee.png\n  alt: A knee\n  caption: Rest helps\n  hiddenInList: true\n  HIDDENINSINGLE: "no"').cover;
    assert.deepEqual(cover, { image: '/images/knee.png', alt: 'A knee', caption: 'Rest helps', relative: false, hidden: false, hiddenInList: true, hiddenInSingle: false });
  });

  it('takes the caption as alt text when there is no alt, and no cover without an image', () => {
    assert.equal(read('cover: { image: a.png, caption: "A brace" }').cover?.alt, 'A brace');
    assert.equal(read('cover: { alt: "Nothing to show" }').cover, null);
    assert.equal(read('cover:').cover, null);
  });

  it('refuses a cover flag that is not true or false, and a cover that is not a map, naming the line', () => {
    assert.deepEqual(problems('date: 2024-01-01\ncover:\n  image: a.png\n  hidden: maybe'), ['post.md:4: "cover" has hidden: "maybe", which must be true or false.']);
    assert.match(problems('cover: [a.png]')[0], /^post\.md:3: "cover" must be a map/);
    assert.equal(read('cover: a.png').cover?.image, 'a.png', 'a text is the image, as themes other than PaperMod read it');
  });

  it('reads thumbnail as text and disableShare as a flag (off unless set)', () => {
    assert.equal(read('thumbnail: https://example.org/t.png').thumbnail, 'https://example.org/t.png');
    assert.equal(read('').disableshare, false);
    assert.equal(read('disableShare: true').disableshare, true);
    assert.deepEqual(problems('disableShare: sometimes'), ['post.md:3: "disableShare" must be true or false, not "sometimes".']);
  });
});

describe('where the cover shows', () => {
  const written = read('cover: { image: /images/knee.png, alt: A knee }').cover!;
  const placed = (flags: Partial<typeof written>) => {
    const { inArticle, inList } = coverOf({ ...written, ...flags }, PAGE);
    return { inArticle, inList };
  };

  it('shows on the article and in lists by default', () => {
    assert.deepEqual(placed({}), { inArticle: true, inList: true });
  });

  it('hidden keeps it off both; hiddenInList off the cards; hiddenInSingle off the article', () => {
    assert.deepEqual(placed({ hidden: true }), { inArticle: false, inList: false });
    assert.deepEqual(placed({ hiddenInList: true }), { inArticle: true, inList: false });
    assert.deepEqual(placed({ hiddenInSingle: true }), { inArticle: false, inList: true });
    assert.deepEqual(placed({ hidden: true, hiddenInList: false }), { inArticle: false, inList: false });
  });

  it('resolves a path from the site root, or from the article with relative; a remote URL stays as written', () => {
    assert.equal(coverOf({ ...written, image: 'images/knee.png' }, PAGE).image.src, '/images/knee.png');
    assert.equal(coverOf({ ...written, image: '/images/knee.png?v=2' }, PAGE).image.src, '/images/knee.png');
    assert.equal(coverOf({ ...written, image: 'knee.png', relative: true }, PAGE).image.src, '/posts/knee/knee.png');
    assert.equal(coverOf({ ...written, image: 'https://cdn.example/k.png?w=800' }, PAGE).image.src, 'https://cdn.example/k.png?w=800');
  });

  it('keeps the alt text and caption; a thumbnail is decorative', () => {
    const cover = coverOf({ ...written, caption: 'Rest helps' }, PAGE);
    assert.deepEqual(cover.image, { src: '/images/knee.png', alt: 'A knee', width: null, height: null });
    assert.equal(cover.caption, 'Rest helps');
    assert.deepEqual(thumbnailOf('https://cdn.example/t.png'), { src: 'https://cdn.example/t.png', alt: '', width: null, height: null });
  });
});
