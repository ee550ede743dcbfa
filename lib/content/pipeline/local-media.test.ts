import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleResources, filePathOf, isBundleFile, resolveLocal, type MediaContext } from './local-media';

const bundle: MediaContext = {
  dir: 'content/posts/knee',
  bundle: true,
  pageUrl: '/posts/knee/',
  bound: 'content',
  resources: [],
  files: {
    'content/posts/knee/photo.webp': { hash: 'a'.repeat(64), ext: 'webp', width: 10, height: 5 },
    'content/posts/knee/img/x-ray.png': { hash: 'b'.repeat(64), ext: 'png', width: 3, height: 2 },
    'content/images/shared.png': { hash: 'c'.repeat(64), ext: 'png' },
    'public/images/logo.png': { hash: 'd'.repeat(64), ext: 'png' },
    'public/images/gone.png': null,
  },
};

describe('where a local path leads', () => {
  it("is the article's folder for a relative path, public/ for a site path, and none for addresses", () => {
    assert.equal(filePathOf('photo.webp', bundle), 'content/posts/knee/photo.webp');
    assert.equal(filePathOf('./img/x-ray.png?width=50pc#top', bundle), 'content/posts/knee/img/x-ray.png');
    assert.equal(filePathOf('../../images/shared.png', bundle), 'content/images/shared.png');
    assert.equal(filePathOf('/images/logo.png', bundle), 'public/images/logo.png');
    assert.equal(filePathOf('/posts/knee/photo.webp', bundle), 'content/posts/knee/photo.webp', "a bundle's file under its page's URL");
    assert.equal(filePathOf('my%20photo.png', bundle), 'content/posts/knee/my photo.png');
    for (const address of ['https://cdn.example/x.png', '//cdn.example/x.png', 'data:image/png;base64,AA', 'mailto:a@b.c', '']) assert.equal(filePathOf(address, bundle), null, address);
  });

  it('never climbs out of the content folder', () => {
    assert.equal(filePathOf('../../../package.json', bundle), null);
    assert.equal(filePathOf('../../../../etc/x.png', bundle), null);
    assert.deepEqual(resolveLocal('../../../../etc/x.png', bundle, { image: true }), { kind: 'missing', path: '../../../../etc/x.png' }, 'an image out of bounds is reported, not left as a broken <img>');
  });

  it("takes a path into the Hugo site's static/ folder (as Typora writes it) to public/", () => {
    assert.equal(filePathOf('../../../static/images/logo.png', bundle), 'public/images/logo.png');
    assert.equal(resolveLocal('../../../static/images/logo.png', bundle)?.kind, 'public');
  });

  it('resolves to a stored copy, a public file, or missing; other kinds of file are not ours to judge unless they are images', () => {
    assert.equal(resolveLocal('photo.webp', bundle)?.kind, 'stored');
    assert.equal(resolveLocal('/images/logo.png', bundle)?.kind, 'public');
    assert.deepEqual(resolveLocal('/images/gone.png', bundle), { kind: 'missing', path: 'public/images/gone.png' });
    assert.deepEqual(resolveLocal('nothere.jpg', bundle), { kind: 'missing', path: 'content/posts/knee/nothere.jpg' });
    assert.equal(resolveLocal('notes.html', bundle), null);
    assert.deepEqual(resolveLocal('/wp-content/uploads/photo', bundle, { image: true }), { kind: 'missing', path: 'public/wp-content/uploads/photo' });
  });

  it("finds a bundle's own file under the URL the page had where it was written", () => {
    const target = resolveLocal('/posts/2019-knee/img/x-ray.png', bundle);
    assert.equal(target?.kind, 'stored');
    assert.equal(target?.kind === 'stored' && target.path, 'content/posts/knee/img/x-ray.png');
  });
});

describe("a bundle's resources", () => {
  it('take the name and title of the first rule that matches, :counter counting per rule', () => {
    const named = bundleResources({ ...bundle, resources: [{ src: 'img/**', name: 'scan-:counter', title: 'Scan :counter' }, { src: '*.webp', name: 'photo', title: '' }] });
    assert.deepEqual(
      named.map(({ relative, name, title }) => [relative, name, title]),
      [
        ['img/x-ray.png', 'scan-1', 'Scan 1'],
        ['photo.webp', 'photo', ''],
      ],
    );
    assert.equal(resolveLocal('scan-1', { ...bundle, resources: [{ src: 'img/**', name: 'scan-:counter', title: 'Scan :counter' }] })?.kind, 'stored');
  });

  it('belong to page bundles only', () => {
    assert.ok(isBundleFile('content/posts/knee/index.md'));
    assert.ok(isBundleFile('content/posts/knee/index.zh-cn.md'));
    assert.ok(isBundleFile('content/posts/knee/index.mdx'));
    assert.ok(!isBundleFile('content/posts/knee.md'));
    assert.ok(!isBundleFile('content/posts/knee/_index.md'));
    assert.deepEqual(bundleResources({ ...bundle, bundle: false }), []);
  });
});
