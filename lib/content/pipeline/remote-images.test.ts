import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mediaDir, readMediaManifest } from '../media';
import { DEFAULT_POLICY, fetchRemoteImages } from './remote-images';

// A 2×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGAEAFQIB/w0i6UcAAAAASUVORK5CYII=', 'base64');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';

let server: http.Server;
let base = '';
let requests = 0;

describe('remote images', () => {
  before(async () => {
    server = http.createServer((request, response) => {
      requests++;
      if (request.url === '/ok.png') return void response.end(PNG);
      if (request.url === '/moved.png') return void response.writeHead(302, { location: '/ok.png' }).end();
      if (request.url === '/image.svg') return void response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG);
      if (request.url === '/big.png') return void response.end(Buffer.concat([PNG, Buffer.alloc(300_000)]));
      if (request.url === '/slow.png') return void setTimeout(() => response.end(PNG), 5000);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.closeAllConnections?.() ?? server.close());

  it('stores each image once, with its size, and reports every one it could not store', async () => {
    const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-media-'));
    const limits = { ...DEFAULT_POLICY, timeoutMs: 2000, maxBytes: 200_000 };
    const urls = ['ok.png', 'moved.png', 'image.svg', 'big.png', 'slow.png', 'missing.png'].map((name) => `${base}/${name}`);
    const { manifest, failures } = await fetchRemoteImages(storeDir, [...urls, urls[0]], limits);

    assert.deepEqual(Object.keys(manifest).sort(), [`${base}/moved.png`, `${base}/ok.png`]);
    const stored = manifest[`${base}/ok.png`];
    assert.deepEqual({ width: stored.width, height: stored.height, type: stored.type }, { width: 2, height: 1, type: 'image/png' });
    assert.match(stored.file, /^[0-9a-f]{32}\.png$/);
    assert.deepEqual(fs.readFileSync(path.join(mediaDir(storeDir), stored.file)), PNG);
    assert.deepEqual(readMediaManifest(storeDir), manifest);

    const reasons = Object.fromEntries(failures.map((failure) => [failure.url.replace(base, ''), failure.reason]));
    assert.match(reasons['/image.svg'], /svg images are not served/);
    assert.match(reasons['/big.png'], /over the .* MB limit/);
    assert.match(reasons['/slow.png'], /no answer within 2 s/);
    assert.match(reasons['/missing.png'], /answered 404/);
    assert.equal(failures.length, 4);

    // A second build asks only for what it does not have.
    const before = requests;
    await fetchRemoteImages(storeDir, [`${base}/ok.png`, `${base}/moved.png`], limits);
    assert.equal(requests, before);
  });

  it('fails fast and clearly when no one answers', async () => {
    const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-media-'));
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const { failures } = await fetchRemoteImages(storeDir, [`http://127.0.0.1:${closedPort}/x.png`]);
    assert.match(failures[0].reason, /could not connect \(ECONNREFUSED\)/);
  });
});
