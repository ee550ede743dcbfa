import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildContent } from './build';
import { searchDocument, searchDocuments } from './search-index';
import { findSearchFile } from '../search-files';
import { readSearchPointer, searchVersionDir } from '../search-store';

const article = (overrides: Partial<Parameters<typeof searchDocuments>[0][number]> = {}) => ({
  url: '/posts/knee/',
  title: 'Knee pain & <swelling>',
  date: '2024-03-12',
  draft: false,
  searchHidden: false,
  bodyKey: 'key-knee',
  ...overrides,
});

describe('searchDocument', () => {
  it("is the article's title and body alone, with its title and date as Pagefind metadata", () => {
    const { url, content } = searchDocument(article(), '<p>Rest and ice.</p>', 'en');
    assert.equal(url, '/posts/knee/');
    assert.match(content, /^<!doctype html><html lang="en"><body><main data-pagefind-body data-pagefind-meta="date:2024-03-12">/);
    assert.match(content, /<h1 data-pagefind-meta="title">Knee pain &amp; &lt;swelling&gt;<\/h1><p>Rest and ice.<\/p><\/main>/);
  });

  it('has no date metadata for an article without a date', () => {
    assert.doesNotMatch(searchDocument(article({ date: null }), '<p>x</p>').content, /date:/);
  });
});

describe('searchDocuments', () => {
  it('leaves out drafts and searchHidden articles, and reads only the bodies it indexes', () => {
    const read: string[] = [];
    const documents = searchDocuments(
      [article(), article({ url: '/posts/draft/', bodyKey: 'key-draft', draft: true }), article({ url: '/posts/hidden/', bodyKey: 'key-hidden', searchHidden: true })],
      (key) => (read.push(key), `<p>${key}</p>`),
    );
    assert.deepEqual(documents.map((document) => document.url), ['/posts/knee/']);
    assert.match(documents[0].content, /<p>key-knee<\/p>/);
    assert.deepEqual(read, ['key-knee']);
  });
});

// The real content, indexed by Pagefind as `npm run content` does, served as app/pagefind/ serves it and
// searched with Pagefind's own browser script (it runs in Node too: without a worker, through fetch).
describe('the search index of the real content', () => {
  const storeDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-search-')), 'store');
  let server: http.Server;
  type Pagefind = {
    options(options: object): Promise<void>;
    search(term: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>;
  };
  let pagefind: Pagefind;
  const search = async (term: string) => Promise.all((await pagefind.search(term)).results.map((result) => result.data()));

  before(async () => {
    const result = await buildContent({ contentDir: 'content/posts', storeDir, search: true });
    assert.deepEqual(result.problems, []);
    server = http.createServer((request, response) => {
      const found = findSearchFile(storeDir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/pagefind\//, '')));
      if (!found) return response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': found.contentType }).end(fs.readFileSync(found.file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const version = readSearchPointer(storeDir)?.version ?? '';
    pagefind = (await import(pathToFileURL(path.join(searchVersionDir(storeDir, version), 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/' });
  });
  after(() => server?.close());

  it('finds a word of one article body, with its title, date and the match marked', async () => {
    const results = await search('caffeine');
    assert.deepEqual(results.map((result) => result.url), ['/posts/sleep-hygiene-habits-for-better-sleep/']);
    assert.equal(results[0].meta.title, 'Sleep Hygiene: Ten Habits for Better Sleep');
    assert.equal(results[0].meta.date, '2021-09-14');
    assert.match(results[0].excerpt, /<mark>caffeine<\/mark>/i);
  });

  it('never finds the searchHidden seed or the draft', async () => {
    const knee = await search('blood clot behind the knee');
    assert.ok(knee.length > 0, 'another article mentions it');
    assert.ok(!knee.some((result) => result.url.includes('what-are-the-symptoms-of-a-blood-clot-behind-the-knee')));
    assert.deepEqual(await search('zebra-quasar-lighthouse'), []);
    assert.ok(!(await search('vitamin')).some((result) => result.url.includes('vitamin-d-what-you-need-to-know')));
  });

  it('writes a version folder with only what the search page uses', () => {
    const version = readSearchPointer(storeDir)?.version ?? '';
    const names = fs.readdirSync(searchVersionDir(storeDir, version));
    assert.ok(names.includes('pagefind.js') && names.includes('pagefind-entry.json') && names.includes('fragment'));
    assert.deepEqual(names.filter((name) => name.startsWith('pagefind-ui') || name.startsWith('pagefind-component-ui')), []);
  });
});
