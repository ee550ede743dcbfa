// Front matter that Hugo builds with, in the forms real Hugo sites write it (issue 27, item 4), and the
// slugs and URLs Hugo gives (item 5).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { IndexedArticle } from '../article';
import { addFormerUrls } from './aliases';
import { readArticleFiles, type SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import { loadArticle } from './load-article';
import { hugoSlug } from './slug';

const source = (text: string, baseName = 'post', file = `content/posts/${baseName}.md`): SourceFile => ({ file, baseName, format: 'md', source: text });
const load = (text: string, baseName?: string, file?: string) => loadArticle(source(text, baseName, file), undefined, { now: new Date('2025-01-01T12:00:00Z') });
const rules = (article: { warnings: { rule: string; message: string; line: number }[] }, rule = 'front-matter') => article.warnings.filter((w) => w.rule === rule);

describe('math and katex', () => {
  it('take LoveIt\'s map: { enable } decides', async () => {
    assert.equal((await load('---\ntitle: T\nmath:\n  enable: true\n---\n$x$')).math, true);
    assert.equal((await load('---\ntitle: T\nmath: {enable: false}\n---\nBody')).math, false);
    assert.equal((await load('---\ntitle: T\nkatex: {enable: true}\n---\nBody')).math, true);
    assert.equal((await load('---\ntitle: T\nkatex: true\n---\nBody')).math, true);
  });

  it('still refuse what is neither a flag nor a map, naming the line', async () => {
    await assert.rejects(load('---\ntitle: T\nmath: {enable: maybe}\n---\nBody'), /post\.md:3:1: error: "math" must be true or false, or a map like \{ enable: true \}, not "enable: maybe"/);
  });
});

describe('an article without a title', () => {
  it('takes the first body h1 (outside code), warns with the line, and does not show that h1 again', async () => {
    const article = await load('---\ndate: 2024-01-01\n---\n```\n# a comment\n```\n\n# Custom *Made*\n\nText.\n\n# Second\n');
    assert.equal(article.title, 'Custom Made');
    const [warning] = rules(article);
    assert.equal(warning.line, 8);
    assert.match(warning.message, /no title in the front matter: the first h1 \("Custom Made"\) is the title.*title: "Custom Made"/);
    assert.doesNotMatch(article.code, /Custom/, 'the title h1 is not repeated in the body');
    assert.match(article.code, /Second/);
    assert.match(article.code, /a comment/);
  });

  it('with no h1, takes the file name, as Hugo does', async () => {
    const article = await load('---\ndate: 2024-01-01\n---\n## Only a section\n', 'my-first_post');
    assert.equal(article.title, 'my first post');
    assert.match(rules(article)[0].message, /no h1 in the body: the file name \("my first post"\) is the title/);
  });

  it('without any front matter at all', async () => {
    assert.equal((await load('# Eigenvectors.\n\nText.', 'eigen')).title, 'Eigenvectors.');
  });
});

describe('series', () => {
  it('as a list of { name, index } maps: each name, and the index as the order', async () => {
    const article = await load('---\ntitle: T\nseries:\n  - name: "饮食篇"\n    index: 2\n---\nBody');
    assert.deepEqual(article.series, ['饮食篇']);
    assert.equal(article.seriesOrder, 2);
    assert.deepEqual(rules(article), []);
  });

  it('Blowfish\'s series_order is the order', async () => {
    const article = await load('---\ntitle: T\nseries: ["Guide"]\nseries_order: 3\n---\nBody');
    assert.equal(article.seriesOrder, 3);
    assert.equal(article.warnings.filter((w) => w.rule === 'unknown-key').length, 0);
  });

  it('seriesOrder written wins over an index', async () => {
    assert.equal((await load('---\ntitle: T\nseriesOrder: 5\nseries:\n  - name: A\n    index: 2\n---\nBody')).seriesOrder, 5);
  });

  it('an entry with nothing usable is left out, with a warning', async () => {
    const article = await load('---\ntitle: T\nseries:\n  - index: 2\n  - Plain\n---\nBody');
    assert.deepEqual(article.series, ['Plain']);
    assert.equal(article.seriesOrder, null);
    assert.match(rules(article)[0].message, /"series" has an entry with no name, left out/);
    assert.equal(rules(article)[0].line, 3);
  });
});

describe('author', () => {
  it('takes { name, link } maps, as themes write them; one without a name is left out with a warning', async () => {
    const article = await load('---\ntitle: T\nauthor:\n  - name: Dr Amina Shah\n    link: https://example.org\n  - Sam Lee\n  - link: https://example.org/x\n---\nBody');
    assert.deepEqual(article.authors, ['Dr Amina Shah', 'Sam Lee']);
    assert.match(rules(article)[0].message, /"author" has an entry with no name, left out/);
    assert.deepEqual((await load('---\ntitle: T\nauthor: { name: Sam }\n---\nBody')).authors, ['Sam']);
  });
});

describe('true and false as Hugo reads them', () => {
  it('also 1/0 and t/f (Go\'s ParseBool)', async () => {
    assert.equal((await load('---\ntitle: T\nshowToc: 1\nmath: t\n---\nBody')).flags.showToc, true);
    assert.equal((await load('---\ntitle: T\ndraft: 0\n---\nBody')).draft, false);
  });
});

describe('slug', () => {
  it('an empty list or blank slug is no slug (the file name gives the URL), with a warning', async () => {
    const listed = await load('---\ntitle: T\nslug: []\n---\nBody', 'leaflet');
    assert.equal(listed.slug, 'leaflet');
    assert.match(rules(listed)[0].message, /"slug" is not text \(\[\]\), so it is ignored, as Hugo ignores it/);
    const blank = await load('---\ntitle: T\nslug: " "\n---\nBody', 'leaflet');
    assert.equal(blank.slug, 'leaflet');
    assert.match(rules(blank)[0].message, /"slug" is blank/);
    assert.equal(rules(await load('---\ntitle: T\nslug: ""\n---\nBody')).length, 0, 'an empty slug is the usual template line: no warning');
  });
});

describe('YAML that go-yaml reads', () => {
  it('a flow list continued at column 1 is read, with a warning on its first such line', () => {
    const split = splitFrontMatter('a.md', '---\ntitle: Algolia\ntags: ["hugo",\n"algolia",\n"search"\n]\ndraft: false\n---\nBody');
    assert.deepEqual(split.data.tags, ['hugo', 'algolia', 'search']);
    assert.equal(split.data.draft, false);
    assert.equal(split.keyLines.get('draft'), 7);
    assert.deepEqual(split.notes?.map((note) => note.line), [4]);
    assert.match(split.notes?.[0].message ?? '', /Indent those lines, or keep the list on one line/);
  });

  it('YAML that stays broken is still an error', () => {
    assert.throws(() => splitFrontMatter('a.md', '---\ntitle: [a,\nb: c: d\n---\n'), /front matter is not valid YAML/);
  });
});

describe('slugs and URLs as Hugo makes them', () => {
  it('keep underscores, dots, +, ~, letters and marks of any script; lower case; spaces and hyphen runs as one hyphen', () => {
    assert.equal(hugoSlug('sustainable_life'), 'sustainable_life');
    assert.equal(hugoSlug('1730127710080-blowfish,-why_'), '1730127710080-blowfish-why_');
    assert.equal(hugoSlug('Hello  World!'), 'hello-world');
    assert.equal(hugoSlug('a - b'), 'a-b');
    assert.equal(hugoSlug('减肥01'), '减肥01');
    assert.equal(hugoSlug('Été à Paris'), 'été-à-paris');
    assert.equal(hugoSlug('C++ tips'), 'c++-tips');
    assert.equal(hugoSlug('My_Post'), 'my_post', 'lower case: Hugo\'s default disablePathToLower: false');
    assert.equal(hugoSlug('My_Post', false), 'My_Post', 'disablePathToLower: true keeps the case');
  });

  it('the language suffix of a file or bundle index is the language, not part of the slug', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-lang-'));
    fs.writeFileSync(path.join(dir, 'deploy-site.fa.md'), '---\ntitle: استقرار\n---\nمتن');
    fs.writeFileSync(path.join(dir, 'node.js.md'), '---\ntitle: Node\n---\nBody');
    for (const [folder, name] of [['blowfish-why', 'index.en.md'], ['denorma', 'index.pt-pt.md'], ['gallery', 'index.ja.md']]) {
      fs.mkdirSync(path.join(dir, folder));
      fs.writeFileSync(path.join(dir, folder, name), '---\ntitle: Bundle\n---\nBody');
    }
    const sources = await readArticleFiles(dir, dir);
    assert.deepEqual(sources.map((file) => file.baseName), ['blowfish-why', 'denorma', 'deploy-site', 'gallery', 'node.js']);
    const load = (source: SourceFile) => loadArticle(source, undefined, { now: new Date('2025-01-01T12:00:00Z') });
    const persian = await load(sources[2]);
    assert.equal(persian.language, 'fa');
    assert.equal(persian.url, '/fa/posts/deploy-site/', 'another language than the site\'s: under /<lang>/, as Hugo with defaultContentLanguageInSubdir false');
    assert.equal(persian.routeUrl, '/posts/deploy-site.fa/', 'rendered by the route at its former URL, which redirects to it');
    assert.deepEqual(persian.formerUrls, []);
    const portuguese = await load(sources[1]);
    assert.equal(portuguese.url, '/pt-pt/posts/denorma/');
    assert.equal(portuguese.language, 'pt-PT');
    const english = await load(sources[0]);
    assert.equal(english.url, '/posts/blowfish-why/', 'the site\'s own language: no subfolder');
    assert.equal(english.routeUrl, english.url);
    assert.equal((await load(sources[4])).url, '/posts/node.js/', 'a suffix that names no language is part of the name');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sustainable_life.md is at /posts/sustainable_life/, and its old URL redirects there', async () => {
    const article = await load('---\ntitle: Life\n---\nBody', 'sustainable_life');
    assert.equal(article.url, '/posts/sustainable_life/');
    assert.deepEqual(article.formerUrls, ['/posts/sustainable-life/']);
    assert.deepEqual((await load('---\ntitle: Knee\n---\nBody', 'knee-pain')).formerUrls, [], 'an unchanged URL has no former one');
  });
});

describe('addFormerUrls', () => {
  const entry = (file: string, url: string, formerUrls: string[], aliases: string[] = []) =>
    ({ file, url, routeUrl: url, aliases, formerUrls }) as unknown as IndexedArticle;

  it('turns each former URL into an alias (a 308), unless an article, a written alias or another former URL holds it', () => {
    const moved = entry('a_b.md', '/posts/a_b/', ['/posts/a-b/']);
    const taken = entry('c_d.md', '/posts/c_d/', ['/posts/c-d/']);
    const holder = entry('c-d.md', '/posts/c-d/', []);
    const twinA = entry('e_f.md', '/posts/e_f/', ['/posts/e-f/']);
    const twinB = entry('e__f.md', '/posts/e__f/', ['/posts/e-f/']);
    const written = entry('g_h.md', '/posts/g_h/', ['/posts/g-h/'], ['/old/']);
    const claimer = entry('x.md', '/posts/x/', [], ['/posts/g-h/']);
    addFormerUrls([moved, taken, holder, twinA, twinB, written, claimer]);
    assert.deepEqual(moved.aliases, ['/posts/a-b/']);
    assert.deepEqual(taken.aliases, []);
    assert.deepEqual([twinA.aliases, twinB.aliases], [[], []]);
    assert.deepEqual(written.aliases, ['/old/']);
    addFormerUrls([moved]);
    assert.deepEqual(moved.aliases, ['/posts/a-b/'], 'idempotent on an entry reused from the last index');
  });
});
