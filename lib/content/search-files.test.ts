import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findSearchFile, searchFileKind, searchFileResponse } from './search-files';
import { PENDING_SEARCH_POINTER, publishSearchPointer, pruneSearchVersions, readSearchPointer, searchVersionDir } from './search-store';

const V1 = '1111111111111111';
const V2 = '2222222222222222';
const V3 = '3333333333333333';

/** A store holding search versions, each with the given files. */
function store(versions: Record<string, string[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-search-files-'));
  for (const [version, files] of Object.entries(versions)) {
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(searchVersionDir(dir, version), file)), { recursive: true });
      fs.writeFileSync(path.join(searchVersionDir(dir, version), file), `${version}:${file}`);
    }
  }
  return dir;
}

describe('searchFileKind', () => {
  it("types Pagefind's files, and caches only hashed names for good", () => {
    const immutable = 'public, max-age=31536000, immutable';
    const revalidate = 'public, max-age=0, must-revalidate';
    const cases: [string, string, string][] = [
      ['pagefind.js', 'text/javascript; charset=utf-8', revalidate],
      ['pagefind-worker.js', 'text/javascript; charset=utf-8', revalidate],
      ['pagefind-entry.json', 'application/json', revalidate],
      ['wasm.en.pagefind', 'application/octet-stream', revalidate],
      ['wasm.unknown.pagefind', 'application/octet-stream', revalidate],
      ['pagefind.en_44722dcc48.pf_meta', 'application/octet-stream', immutable],
      ['index/en_23e2a70.pf_index', 'application/octet-stream', immutable],
      ['fragment/en_4f204a7.pf_fragment', 'application/octet-stream', immutable],
      ['filter/pt-br_4f204a7.pf_filter', 'application/octet-stream', immutable],
      // A large index's later parts, and their list.
      ['part-2/pagefind-entry.json', 'application/json', revalidate],
      ['part-12/fragment/en_4f204a7.pf_fragment', 'application/octet-stream', immutable],
      ['part-3/wasm.en.pagefind', 'application/octet-stream', revalidate],
      ['parts.json', 'application/json', revalidate],
    ];
    for (const [name, contentType, cacheControl] of cases) {
      assert.deepEqual(searchFileKind(name), { contentType, cacheControl, hashed: cacheControl === immutable }, name);
    }
  });

  it('refuses every other name: other files, other folders, traversal', () => {
    for (const name of [
      '',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'playground/index.html',
      '../index.json',
      '../../.env',
      'fragment/../../index.json',
      'fragment/en_4f204a7.pf_index',
      'index/en_4f204a7.pf_fragment',
      'fragment/en_XYZ.pf_fragment',
      'fragment/sub/en_4f204a7.pf_fragment',
      '/pagefind.js',
      'pagefind.js/',
      'pagefind.js\0',
      'wasm.../x.pagefind',
      'part-0/pagefind.js',
      'part-/pagefind.js',
      'part-2/part-3/pagefind.js',
      'part-2/parts.json',
      'part-2/../../index.json',
      'parts.json/',
    ]) {
      assert.equal(searchFileKind(name), null, JSON.stringify(name));
    }
  });
});

describe('findSearchFile', () => {
  it('serves the live version, a hashed file from the version it replaced, and nothing else', () => {
    const dir = store({ [V1]: ['pagefind.js', 'fragment/en_aaa.pf_fragment'], [V2]: ['pagefind.js', 'fragment/en_bbb.pf_fragment'] });
    assert.equal(findSearchFile(dir, 'pagefind.js'), null, 'no index published yet');
    publishSearchPointer(dir, V1);
    publishSearchPointer(dir, V2);
    assert.deepEqual(readSearchPointer(dir), { version: V2, previous: V1 });
    assert.equal(findSearchFile(dir, 'pagefind.js')?.file, path.join(searchVersionDir(dir, V2), 'pagefind.js'));
    assert.equal(findSearchFile(dir, 'fragment/en_bbb.pf_fragment')?.version, V2);
    assert.equal(findSearchFile(dir, 'fragment/en_aaa.pf_fragment')?.version, V1, 'a reader who loaded the old entry');
    assert.equal(findSearchFile(dir, 'fragment/en_ccc.pf_fragment'), null, 'a name no version holds');
    assert.equal(findSearchFile(dir, 'pagefind-ui.js'), null);
  });

  it('ignores a pointer that does not name a version folder', () => {
    const dir = store({ [V1]: ['pagefind.js'] });
    fs.writeFileSync(path.join(dir, 'search.json'), JSON.stringify({ version: '..', previous: null }));
    assert.equal(findSearchFile(dir, 'pagefind.js'), null);
  });
});

describe('searchFileResponse', () => {
  it('answers with the bytes and their headers, 304 for a current copy of an unhashed file, 404 for any other name', async () => {
    const dir = store({ [V1]: ['pagefind.js', 'fragment/en_aaa.pf_fragment'] });
    publishSearchPointer(dir, V1);
    const script = searchFileResponse(dir, 'pagefind.js', null);
    assert.equal(script.status, 200);
    assert.equal(await script.text(), `${V1}:pagefind.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('etag'), `"${V1}"`);
    assert.equal(searchFileResponse(dir, 'pagefind.js', `"${V1}"`).status, 304);
    assert.equal(searchFileResponse(dir, 'pagefind.js', '"0000000000000000"').status, 200);
    const fragment = searchFileResponse(dir, 'fragment/en_aaa.pf_fragment', null);
    assert.equal(fragment.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(fragment.headers.get('etag'), null);
    for (const name of ['../search.json', 'fragment/../../search.json', 'pagefind-entry.json']) {
      const missing = searchFileResponse(dir, name, null);
      assert.equal(missing.status, 404, name);
      assert.equal(missing.headers.get('cache-control'), 'no-store');
    }
  });
});

describe('pruneSearchVersions', () => {
  it('keeps the versions the live and pending pointers name, removes the rest and dead runs', () => {
    const dir = store({ [V1]: ['pagefind.js'], [V2]: ['pagefind.js'], [V3]: ['pagefind.js'], '.tmp-999999999': ['pagefind.js'] });
    publishSearchPointer(dir, V1);
    publishSearchPointer(dir, V2);
    pruneSearchVersions(dir);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'search')).sort(), [V1, V2]);
    // A build's pending index: the live one stays its `previous`, and the new one is kept too.
    fs.mkdirSync(searchVersionDir(dir, V3));
    publishSearchPointer(dir, V3, PENDING_SEARCH_POINTER);
    assert.deepEqual(readSearchPointer(dir, PENDING_SEARCH_POINTER), { version: V3, previous: V2 });
    pruneSearchVersions(dir);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'search')).sort(), [V1, V2, V3]);
  });
});
