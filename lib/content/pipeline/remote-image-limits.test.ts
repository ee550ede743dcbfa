// The limits on remote-image downloads, against real servers on 127.0.0.1: one that answers slowly, one that
// accepts connections and never answers, one that drips its body forever, and a port where no one listens.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mediaDir, readMediaManifest } from '../media';
import { DEFAULT_POLICY, fetchRemoteImages, startRemoteImageDownloads } from './remote-images';

// A 2×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGAEAFQIB/w0i6UcAAAAASUVORK5CYII=', 'base64');
const HOUR = 3_600_000;

const servers: http.Server[] = [];
async function serve(handler: http.RequestListener): Promise<{ base: string; server: http.Server }> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
const scratchStore = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-media-'));
const urlsOf = (base: string, count: number) => Array.from({ length: count }, (_, i) => `${base}/${i}.png`);
const failedDownloads = (storeDir: string) => JSON.parse(fs.readFileSync(path.join(mediaDir(storeDir), 'failed-downloads.json'), 'utf8')) as Record<string, { failedAt: number; reason: string }>;

let slow = '';
let inFlight = 0;
let mostInFlight = 0;
let silent = '';
let silentRequests = 0;
let dripping = '';
let refused = '';
let flaky = '';
let flakyAnswers: number[] = [];
let flakyRequests = 0;

describe('remote image downloads: limits', () => {
  before(async () => {
    slow = (
      await serve((_request, response) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        setTimeout(() => {
          inFlight--;
          response.end(PNG);
        }, 100);
      })
    ).base;
    // Accepts every connection and never answers: a blackholed server.
    const blackhole = await serve(() => void silentRequests++);
    silent = blackhole.base;
    dripping = (
      await serve((_request, response) => {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.write(PNG.subarray(0, 8));
        const drip = setInterval(() => response.write(Buffer.alloc(1)), 50);
        response.on('close', () => clearInterval(drip));
      })
    ).base;
    flaky = (
      await serve((_request, response) => {
        flakyRequests++;
        const status = flakyAnswers.shift() ?? 200;
        if (status === 200) response.end(PNG);
        else response.writeHead(status).end();
      })
    ).base;
    const probe = await serve(() => undefined);
    refused = probe.base;
    await new Promise((resolve) => probe.server.close(resolve));
  });
  after(() => {
    for (const server of servers) server.closeAllConnections();
    for (const server of servers) server.close();
  });

  it('runs at most atOnce downloads together', async () => {
    const storeDir = scratchStore();
    const { failures, manifest } = await fetchRemoteImages(storeDir, urlsOf(slow, 30), { ...DEFAULT_POLICY, atOnce: 8 });
    assert.deepEqual(failures, []);
    assert.equal(Object.keys(manifest).length, 30);
    assert.equal(mostInFlight, 8);
  });

  it('starts downloading as URLs are named: the budget is only what the run waits for at the end', async () => {
    const storeDir = scratchStore();
    const downloads = startRemoteImageDownloads(storeDir, { ...DEFAULT_POLICY, budgetMs: 50 });
    downloads.add(urlsOf(`${slow}/early`, 16));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const { failures, named, tried } = await downloads.finish();
    assert.deepEqual({ failures, named, tried }, { failures: [], named: 16, tried: 16 });
  });

  it('stops at the budget: what is left is reported, not remembered, and tried by the next run', async () => {
    const storeDir = scratchStore();
    const started = performance.now();
    const { failures } = await fetchRemoteImages(storeDir, urlsOf(dripping, 20), { ...DEFAULT_POLICY, budgetMs: 800, timeoutMs: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 2, `took ${seconds.toFixed(1)} s with a 0.8 s budget`);
    assert.equal(failures.length, 20);
    assert.equal(failures.filter(({ reason }) => /0.8 s the run waits for downloads ran out during its download/.test(reason)).length, 8);
    assert.equal(failures.filter(({ reason }) => /ran out before it was tried/.test(reason)).length, 12);
    assert.deepEqual(failedDownloads(storeDir), {});
  });

  it('gives each download its own time limit, stops asking a server that never answered, and remembers every failure', async () => {
    const storeDir = scratchStore();
    const urls = [...urlsOf(silent, 200), ...urlsOf(refused, 200)];
    const started = performance.now();
    const { failures } = await fetchRemoteImages(storeDir, urls, { ...DEFAULT_POLICY, timeoutMs: 500 });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 2, `took ${seconds.toFixed(1)} s`);
    assert.equal(failures.length, 400);
    const reasons = new Set(failures.map(({ reason }) => reason));
    assert.ok(reasons.has('no answer within 0.5 s'), [...reasons].join('\n'));
    assert.ok(reasons.has('could not connect (ECONNREFUSED)'), [...reasons].join('\n'));
    assert.ok(reasons.has(`its server ${silent} did not answer earlier in this run`), [...reasons].join('\n'));
    assert.ok(silentRequests <= 8, `${silentRequests} requests to a server that never answers`);
    assert.deepEqual(Object.keys(failedDownloads(storeDir)).sort(), [...urls].sort());

    // The next run, within the day, asks no one.
    const requests = silentRequests;
    const again = performance.now();
    const second = await fetchRemoteImages(storeDir, urls, { ...DEFAULT_POLICY, timeoutMs: 500 });
    assert.ok(performance.now() - again < 200);
    assert.equal(silentRequests, requests);
    assert.equal(second.failures.length, 400);
    assert.match(second.failures[0].reason, /^it failed on \d{4}-.*Z \(no answer within 0\.5 s\) and is tried again after \d{4}-/);
  });

  it('tries a failed image again once the failure expires, and forgets the failure when it succeeds', async () => {
    const storeDir = scratchStore();
    const url = `${flaky}/image.png`;
    const policy = { ...DEFAULT_POLICY, rememberFailureMs: 24 * HOUR };
    const day = Date.parse('2026-12-07T12:00:00Z');
    flakyAnswers = [503];
    flakyRequests = 0;
    const first = await fetchRemoteImages(storeDir, [url], policy, day);
    assert.equal(first.failures[0].reason, 'the server answered 503');
    assert.deepEqual(failedDownloads(storeDir)[url], { failedAt: day, reason: 'the server answered 503' });

    const later = await fetchRemoteImages(storeDir, [url], policy, day + 23 * HOUR);
    assert.match(later.failures[0].reason, /tried again after 2026-12-08T12:00:00.000Z/);
    assert.equal(flakyRequests, 1);

    const nextDay = await fetchRemoteImages(storeDir, [url], policy, day + 24 * HOUR);
    assert.deepEqual(nextDay.failures, []);
    assert.equal(flakyRequests, 2);
    assert.ok(readMediaManifest(storeDir)[url]);
    assert.deepEqual(failedDownloads(storeDir), {});
  });

  it('downloads nothing with PULSE_OFFLINE=1, and says so', async () => {
    const storeDir = scratchStore();
    flakyRequests = 0;
    const { failures } = await fetchRemoteImages(storeDir, [`${flaky}/a.png`], { ...DEFAULT_POLICY, offline: true });
    assert.equal(flakyRequests, 0);
    assert.deepEqual(failures, [{ url: `${flaky}/a.png`, reason: 'PULSE_OFFLINE=1 is set, so no image was downloaded' }]);
  });
});
