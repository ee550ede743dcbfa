// Page bundles and local images: files beside an article are served from the store by content hash, Hugo's
// `resources` names them, a missing image is reported with its line and drawn as its alt text, and an
// edited bundle file recompiles its article. Bundles are written by each test into a scratch folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { planPages } from '../../../scripts/build/plan';
import { readStoreIndex } from '../store';
import { buildContent } from './build';
import { compileBody } from './compile';
import { readArticleFile } from './files';
import { loadArticle } from './load-article';
import { globMatches } from './local-media';

/** A PNG image-size reads as `width`×`height` (its signature and IHDR chunk; no pixels are needed). */
function png(width: number, height: number, seed = 0): Buffer {
  const buffer = Buffer.alloc(40);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buffer, 0);
  buffer.writeUInt32BE(13, 8);
  buffer.write('IHDR', 12, 'latin1');
  buffer.writeUInt32BE(width, 16);
  buffer.writeUInt32BE(height, 20);
  buffer.writeUInt32BE(seed, 36);
  return buffer;
}

/** A Hugo-shaped content folder (`…/content/posts`) in a scratch folder. */
function contentFolder(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bundles-')), 'content', 'posts');
}

function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

const render = (code: string) => renderToStaticMarkup(createElement(getMDXComponent(code), { components: mdxComponents }));
const mediaUrlOf = (html: string, ext: string) => new RegExp(`/media/[0-9a-f]{64}\\.${ext}`).exec(html)?.[0];

describe('a page bundle', () => {
  it('serves the images and documents beside index.md from the store, with their size, as Hugo resolves their paths', async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'knee/index.md': [
        '---',
        'title: Knee pain',
        '---',
        '',
        '![A swollen knee](photo.png)',
        '',
        '![The joint](./img/joint.png?width=50pc#top)',
        '',
        '![Same joint](/posts/knee/img/joint.png)',
        '',
        'Read [the guide](guide.pdf).',
        '',
      ].join('\n'),
      'knee/photo.png': png(640, 480),
      'knee/img/joint.png': png(300, 200, 1),
      'knee/guide.pdf': '%PDF-1.4 test',
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'knee/index.md')));
    const html = render(article.code);
    assert.equal(article.url, '/posts/knee/');
    assert.deepEqual(article.warnings.filter((warning) => warning.rule === 'missing-image'), []);
    assert.match(html, /<img src="\/media\/[0-9a-f]{64}\.png" alt="A swollen knee" width="640" height="480"/);
    assert.match(html, /<img src="\/media\/[0-9a-f]{64}\.png" alt="The joint" width="300" height="200"/);
    assert.match(html, /<a href="\/media\/[0-9a-f]{64}\.pdf"[^>]*>the guide<\/a>/);
    assert.doesNotMatch(html, /photo\.png|joint\.png|guide\.pdf/, 'no page names a path the site does not serve');
    assert.deepEqual(article.localFiles.map((file) => path.posix.relative(posts.split(path.sep).join('/'), file.source)).sort(), ['knee/guide.pdf', 'knee/img/joint.png', 'knee/photo.png']);
    for (const file of article.localFiles) assert.match(html, new RegExp(file.file), `${file.source} is named by its hash`);
  });

  it("honours Hugo's resources front matter: an image named by its `name`, its title as the alt text, globs with :counter", async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'scan/index.en.md': [
        '---',
        'title: Scans',
        'resources:',
        '  - src: "images/*.png"',
        '    name: "scan-:counter"',
        '    title: "Scan number :counter"',
        '    params: { credits: "Clinic" }',
        '---',
        '',
        '![](scan-2)',
        '',
        '![](images/a.png)',
        '',
      ].join('\n'),
      'scan/images/a.png': png(10, 10),
      'scan/images/b.png': png(20, 20, 2),
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'scan/index.en.md')));
    const html = render(article.code);
    assert.match(html, /alt="Scan number 2" width="20" height="20"/);
    assert.match(html, /alt="Scan number 1" width="10" height="10"/);
    assert.equal(article.warnings.filter((warning) => warning.rule === 'missing-image' || warning.rule === 'unknown-key').length, 0);
  });

  it('takes a theme\'s conventional cover (Blowfish featured.*) from the bundle, stored with its size', async () => {
    const posts = contentFolder();
    writeFiles(posts, { 'walk/index.md': '---\ntitle: Walking\n---\n\nText.\n', 'walk/featured.png': png(1200, 630) });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'walk/index.md')));
    assert.match(article.cover?.image.src ?? '', /^\/media\/[0-9a-f]{64}\.png$/);
    assert.equal(article.cover?.image.width, 1200);
    assert.equal(article.image?.src, article.cover?.image.src, 'the shared image is the stored cover too');
    assert.ok(article.localFiles.some((file) => article.cover?.image.src.endsWith(file.file)));
  });

  it("serves PaperMod's cover and a thumbnail named relative to the bundle from the store", async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'sleep/index.md': '---\ntitle: Sleep\ncover:\n  image: cover.png\n  alt: A bed\nthumbnail: img/thumb.png\n---\n\nText.\n',
      'sleep/cover.png': png(800, 400),
      'sleep/img/thumb.png': png(80, 80, 4),
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'sleep/index.md')));
    assert.deepEqual([article.cover?.image.width, article.cover?.image.alt], [800, 'A bed']);
    assert.match(article.cover?.image.src ?? '', /^\/media\/[0-9a-f]{64}\.png$/);
    assert.match(article.thumbnail?.src ?? '', /^\/media\/[0-9a-f]{64}\.png$/);
    assert.deepEqual([article.thumbnail?.width, article.thumbnail?.alt], [80, '']);
    assert.equal(article.localFiles.length, 2);
  });

  it("serves a bundle's video and a Figure's full-size link the same way", async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'stretch/index.mdx': '---\ntitle: Stretch\n---\n\n<Video src="clip.mp4" title="How to stretch" />\n\n<Figure src="small.png" href="large.png" alt="A stretch" />\n',
      'stretch/clip.mp4': 'not really a video',
      'stretch/small.png': png(40, 30),
      'stretch/large.png': png(400, 300, 3),
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'stretch/index.mdx')));
    assert.doesNotMatch(article.code, /clip\.mp4|small\.png|large\.png/);
    assert.equal(article.localFiles.length, 3);
    assert.match(render(article.code), /<a href="\/media\/[0-9a-f]{64}\.png"><img src="\/media\/[0-9a-f]{64}\.png" alt="A stretch" width="40" height="30"/);
  });

  it('matches resource globs as Hugo does', () => {
    assert.ok(globMatches('images/*.png', 'images/a.png'));
    assert.ok(!globMatches('images/*.png', 'images/deep/a.png'));
    assert.ok(globMatches('**.png', 'images/deep/a.png'));
    assert.ok(globMatches('**/a.PNG', 'images/deep/a.png'));
    assert.ok(globMatches('photo?.jpg', 'photo1.jpg'));
  });
});

describe('an image that is not there', () => {
  it('is reported with its file line, in Markdown, raw HTML and a Figure, and drawn as its alt text in a small box', async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'gone.mdx': [
        '---',
        'title: Gone',
        '---',
        '',
        '![A knee brace](brace.png)',
        '',
        '<img src="/wp-content/uploads/2019/x.png?w=300" alt="An x-ray" />',
        '',
        '<Figure src="../images/missing.jpg" caption="A caption only" />',
        '',
        '![](nothing.png "Title as alt")',
        '',
      ].join('\n'),
    });
    let feedHtml = '';
    const article = await loadArticle(await readArticleFile(path.join(posts, 'gone.mdx')), async (input) => {
      const body = await compileBody(input);
      feedHtml = body.feedHtml;
      return body;
    });
    const missing = article.warnings.filter((warning) => warning.rule === 'missing-image');
    assert.deepEqual(
      missing.map((warning) => warning.line),
      [5, 7, 9, 11],
    );
    assert.match(missing[1].message, /public\/wp-content\/uploads\/2019\/x\.png/);
    const html = render(article.code);
    assert.doesNotMatch(html, /<img/, 'never a broken <img>');
    for (const alt of ['A knee brace', 'An x-ray', 'A caption only', 'Title as alt']) assert.match(html, new RegExp(`<span role="img" aria-label="${alt}" data-missing-image=""[^>]*><span class="font-semibold">Image not available</span>: ${alt}</span>`));
    assert.doesNotMatch(html, /aspect-ratio/, 'a small box, not an empty frame the size of the image');
    assert.match(html, /<figcaption[^>]*>A caption only<\/figcaption>/);
    assert.doesNotMatch(feedHtml, /<img/, 'nor in feeds');
    assert.match(feedHtml, /<em>A knee brace<\/em>/);
  });

  it('is reported in raw HTML of a .md file too, and a Hugo shortcode-style query does not hide a present file', async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'raw.md': '---\ntitle: Raw\n---\n\nText.\n\n<p><img src="/wp-content/uploads/a.jpg" alt="A"></p>\n\n![B](../images/b.png?width=50pc)\n',
      '../images/b.png': png(8, 8),
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'raw.md')));
    assert.deepEqual(
      article.warnings.filter((warning) => warning.rule === 'missing-image').map((warning) => warning.line),
      [7],
    );
    const html = render(article.code);
    assert.match(html, /<img src="\/media\/[0-9a-f]{64}\.png" alt="B" width="8" height="8"/, 'a file elsewhere in content/ is stored too');
    assert.match(html, /aria-label="A"/);
  });

  it('as a video or audio file is reported too, and shown as a note instead of a player that cannot play', async () => {
    const posts = contentFolder();
    writeFiles(posts, {
      'clips/index.md': '---\ntitle: Clips\n---\n\n<video controls><source src="/videos/gone.webm" type="video/webm"></video>\n\n<audio src="here.ogg" controls></audio>\n\n<video src="away.mp4"></video>\n',
      'clips/here.ogg': 'OggS',
    });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'clips', 'index.md')));
    assert.deepEqual(
      article.warnings.filter((warning) => warning.rule === 'missing-image').map((warning) => [warning.line, /the (video|audio) (\S+)/.exec(warning.message)?.slice(1).join(' ')]),
      [[5, 'video /videos/gone.webm'], [9, 'video away.mp4']],
    );
    const html = render(article.code);
    assert.match(html, /aria-label="Video not available: gone.webm"/);
    assert.match(html, /aria-label="Video not available: away.mp4"/);
    assert.match(html, /<audio src="\/media\/[0-9a-f]{64}\.ogg" controls=""><\/audio>/, 'a file that is there still plays, from the store');
    assert.doesNotMatch(html, /<video/);
  });

  it('shows once it is added: the article is compiled again', async () => {
    const posts = contentFolder();
    const storeDir = path.join(path.dirname(posts), '..', 'store');
    writeFiles(posts, { 'later/index.md': '---\ntitle: Later\n---\n\n![Later](later.png)\n' });
    const first = await buildContent({ contentDir: posts, storeDir, workers: 0 });
    assert.equal(first.warnings.filter((warning) => warning.rule === 'missing-image').length, 1);
    writeFiles(posts, { 'later/later.png': png(5, 5) });
    const second = await buildContent({ contentDir: posts, storeDir, workers: 0 });
    assert.equal(second.compiled, 1);
    assert.equal(second.warnings.filter((warning) => warning.rule === 'missing-image').length, 0);
  });
});

describe('images from other sites in a Figure', () => {
  it('go through the download-and-store path: listed for the build, with alt text from the title', async () => {
    const posts = contentFolder();
    writeFiles(posts, { 'remote.mdx': '---\ntitle: Remote\n---\n\n<Figure src="https://images.example.org/a.jpg" title="A title" />\n' });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'remote.mdx')));
    assert.deepEqual(article.remoteImages, ['https://images.example.org/a.jpg']);
    assert.ok(article.warnings.some((warning) => warning.rule === 'remote-image' && warning.line === 5));
    assert.match(article.code, /alt:"A title"/);
  });

  it('are drawn by the Image component, which shows a stored copy or, without one, the alt text in a small box', () => {
    const html = renderToStaticMarkup(createElement(mdxComponents.Figure, { alt: 'A chart', caption: 'Weekly steps' }));
    assert.match(html, /<figure[^>]*><span role="img" aria-label="A chart" data-missing-image=""[^>]*><span class="font-semibold">Image not available<\/span>: A chart<\/span><figcaption/);
  });
});

describe('a raw Vimeo iframe', () => {
  it('becomes the Vimeo player facade, as YouTube iframes do', async () => {
    const posts = contentFolder();
    writeFiles(posts, { 'video.md': '---\ntitle: Video\n---\n\n<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" title="Stretching" width="640"></iframe>\n' });
    const article = await loadArticle(await readArticleFile(path.join(posts, 'video.md')));
    assert.deepEqual(article.warnings.filter((warning) => warning.rule === 'external-embed'), []);
    const html = render(article.code);
    assert.match(html, /aria-label="Play video: Stretching"/);
    assert.match(html, /Plays from player\.vimeo\.com/);
    assert.match(article.code, /Vimeo/);
    assert.match(article.code, /76979871/);
  });
});

describe('an edited bundle file', () => {
  it('changes the article\'s keys: the build compiles it again, stores the new file, and publish re-renders its page', async () => {
    const posts = contentFolder();
    const storeDir = path.join(path.dirname(posts), '..', 'store');
    writeFiles(posts, {
      'knee/index.md': '---\ntitle: Knee\ndate: 2024-01-02\n---\n\n![A knee](photo.png)\n',
      'other.md': '---\ntitle: Other\ndate: 2024-01-01\n---\n\nText.\n',
      'knee/photo.png': png(100, 100),
    });
    await buildContent({ contentDir: posts, storeDir, workers: 0 });
    const before = readStoreIndex(storeDir).articles;
    writeFiles(posts, { 'knee/photo.png': png(100, 100, 7) });
    const second = await buildContent({ contentDir: posts, storeDir, workers: 0 });
    assert.equal(second.compiled, 1, 'only the bundle whose file changed');
    const after = readStoreIndex(storeDir).articles;
    const [old, now] = [before, after].map((articles) => articles.find((article) => article.slug === 'knee'));
    assert.notEqual(now?.bodyKey, old?.bodyKey);
    assert.notEqual(now?.sourceKey, old?.sourceKey);
    assert.notDeepEqual(now?.localFiles, old?.localFiles);
    for (const file of now?.localFiles ?? []) assert.ok(fs.existsSync(path.join(storeDir, 'media', file.file)), `${file.file} is in the store`);
    assert.deepEqual(planPages(before, after), { kind: 'pages', urls: ['/posts/knee/'], gone: [] });
  });
});

const BUNDLES = '../shared/corpus-themes/bundles';

describe('the real page bundles of the theme corpus', { skip: !fs.existsSync(BUNDLES) && `${BUNDLES} is not here` }, () => {
  it("serves every image each bundle has, and reports each it lacks with its line (Stack's gallery, Blowfish's featured image, Mainroad)", async () => {
    const load = async (name: string) => {
      const folder = path.join(BUNDLES, name);
      const file = fs.readdirSync(folder).find((entry) => /^index(\.[\w-]+)?\.md$/.test(entry));
      return loadArticle(await readArticleFile(path.join(folder, file ?? 'index.md')));
    };
    const gallery = await load('CaiJimmy__hugo-theme-stack__Image_Gallery');
    const html = render(gallery.code);
    assert.ok(mediaUrlOf(html, 'jpg'), 'the gallery images beside index.ja.md are served');
    assert.match(gallery.cover?.image.src ?? '', /^\/media\//, "Stack's `image` front matter is the stored cover");
    for (const warning of gallery.warnings.filter((warning) => warning.rule === 'missing-image')) assert.ok(warning.line > 1);
    assert.doesNotMatch(html, /<img[^>]+src="(?!\/media\/)/, 'every image is a stored copy, or its alt text');

    const blowfish = await load('JYu1999__hugo-blowfish-blog__goodidea-mind-1');
    assert.match(blowfish.cover?.image.src ?? '', /^\/media\/[0-9a-f]{64}\.png$/, 'featured.png by convention');
    assert.deepEqual(blowfish.warnings.filter((warning) => warning.rule === 'missing-image'), [], '/posts/goodidea-mind-1/1.webp is the bundle\'s own 1.webp');
    assert.equal(new Set(render(blowfish.code).match(/\/media\/[0-9a-f]{64}\.webp/g)).size, 2);

    const mainroad = await load('veryfaraway__blog-general-hugo-mainroad__0716-martyrdom');
    assert.ok(mediaUrlOf(render(mainroad.code), 'jpg'));
  });
});
