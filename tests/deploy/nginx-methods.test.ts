// The reference nginx config (deploy/nginx/pulse.conf) on its own, in front of a stand-in upstream that
// records what reaches it: TRACE and `OPTIONS *` end at nginx (405 and 400), never at a replica, where
// Next would fail on them with a 500 no app code can reach.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureNginx, stopNginx, waitFor, writeNginxConfig } from './processes';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One raw HTTP/1.1 request (fetch cannot send TRACE or `*`); resolves with the status line's code. */
function rawStatus(port: number, requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${requestLine}`)));
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)));
    socket.write(`${requestLine}\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
  });
}

describe('the reference nginx config refuses what Next cannot answer', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-nginx-methods-'));
  // nginx's workers (another user when started as root) reach their cache folder inside.
  fs.chmodSync(dir, 0o755);
  const reached: string[] = [];
  const upstream = http.createServer((request, response) => {
    reached.push(`${request.method} ${request.url}`);
    response.end('ok');
  });
  let nginx: ChildProcess | undefined;
  let port = 0;

  before(async () => {
    const upstreamPort = await freePort();
    await new Promise<void>((resolve) => upstream.listen(upstreamPort, '127.0.0.1', resolve));
    port = await freePort();
    const config = writeNginxConfig(dir, path.resolve('deploy/nginx/pulse.conf'), port, [upstreamPort]);
    nginx = spawn(ensureNginx(), ['-p', dir, '-c', config, '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')};`], { stdio: 'ignore' });
    await waitFor(`http://127.0.0.1:${port}/api/health`);
  });

  after(async () => {
    if (nginx) await stopNginx(nginx);
    await new Promise((resolve) => upstream.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers TRACE with 405 and never passes it on', async () => {
    assert.equal(await rawStatus(port, 'TRACE / HTTP/1.1'), 405);
    assert.ok(!reached.some((line) => line.startsWith('TRACE')), reached.join(', '));
  });

  it('answers `OPTIONS *` with 400 and never passes it on', async () => {
    assert.equal(await rawStatus(port, 'OPTIONS * HTTP/1.1'), 400);
    assert.ok(!reached.some((line) => line.endsWith(' *')), reached.join(', '));
  });

  it('passes GET on', async () => {
    assert.equal(await rawStatus(port, 'GET /posts/ HTTP/1.1'), 200);
    assert.ok(reached.includes('GET /posts/'));
  });
});
