// A draft's bundle files in its preview: named by their content's hash under the preview's URL, read from
// the content folder (never the store), and only the files of the article's folder or that it names.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-preview-media-'));
const posts = path.join(root, 'content', 'posts');
fs.mkdirSync(path.join(posts, 'knee'), { recursive: true });
fs.writeFileSync(path.join(posts, 'knee', 'index.md'), '---\ntitle: Knee\ndraft: true\ncover:\n  image: cover.svg\n---\n\n![A knee](photo.svg)\n');
fs.writeFileSync(path.join(posts, 'knee', 'photo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>');
fs.writeFileSync(path.join(posts, 'knee', 'cover.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"></svg>');
process.env.PULSE_CONTENT_DIR = posts;

describe("a draft's preview", () => {
  it("serves its bundle's files from the content folder, under the preview's URL, with its cover", async () => {
    const { previewArticle, previewFile } = await import('./preview');
    const preview = await previewArticle('knee');
    assert.equal(preview.kind, 'article');
    if (preview.kind !== 'article') return;
    const named = /\/preview\/posts\/knee\/media\/([0-9a-f]{64}\.svg)/.exec(preview.article.code)?.[1];
    assert.ok(named, 'the body names the preview URL, not /media/');
    assert.doesNotMatch(preview.article.code, /"\/media\//);
    assert.match(preview.article.cover?.image.src ?? '', /^\/preview\/posts\/knee\/media\/[0-9a-f]{64}\.svg$/, 'the cover is kept, from the preview');
    assert.equal(await previewFile('knee', named), path.relative(process.cwd(), path.join(posts, 'knee', 'photo.svg')).split(path.sep).join('/'));
    assert.equal(await previewFile('knee', `${'0'.repeat(64)}.svg`), null);
    assert.equal(await previewFile('elbow', named), null);
    assert.equal(fs.existsSync(path.join(process.cwd(), '.content', 'media')) && fs.readdirSync(path.join(process.cwd(), '.content', 'media')).includes(named), false, 'nothing is written to the store');
  });
});
