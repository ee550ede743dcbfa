import net from 'node:net';
import { APP_HOST, SEED, expect, test } from './helpers';

// Requests a browser would never send, written byte for byte on a socket (fetch would tidy them up):
// each gets a 4xx (or, for a header the server may ignore, a normal answer), never a 500, and never a
// file from outside the build.
const [HOST, PORT] = APP_HOST.split(':');

/** Sends one raw HTTP/1.1 request; resolves with the status code and the whole response. */
function rawRequest(head: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(PORT), HOST);
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${head.slice(0, 80)}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server may answer an oversized request (431) and close while the rest is still being written.
    socket.on('error', (error: NodeJS.ErrnoException) => (chunks.length > 0 && error.code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    // Written without ending our side: a half-closed connection may be dropped before a slow answer.
    socket.write(`${head}\r\nHost: ${APP_HOST}\r\nConnection: close\r\n\r\n`);
  });
}

const get = (target: string, headers = '') => rawRequest(`GET ${target} HTTP/1.1${headers ? `\r\n${headers}` : ''}`);
/** What package.json (outside the build) would show if it leaked. */
const LEAK = /"name":\s*"pulse"|"devDependencies"/;

test.describe('hostile requests', () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== 'desktop', 'HTTP-level checks need no second viewport'));

  const cases: [string, string][] = [
    ['path traversal, encoded', '/posts/..%2f..%2fpackage.json'],
    ['path traversal through /_next/static', '/_next/static/../../package.json'],
    ['path traversal, double-encoded', '/_next/static/%252e%252e/%252e%252e/package.json'],
    ['an encoded slash in a slug', '/posts/a%2fb/'],
    ['a NUL byte', '/posts/%00/'],
    ['a NUL byte in a static path', '/_next/static/%00.js'],
    ['an 8 KB URL', `/posts/${'a'.repeat(8 * 1024)}/`],
    ['a 64 KB URL', `/posts/${'a'.repeat(64 * 1024)}/`],
    ['a /_next/ file that does not exist', '/_next/static/chunks/no-such-chunk.js'],
    ['a malformed percent escape', '/posts/%E0%A4%A/'],
  ];
  for (const [name, target] of cases) {
    test(`${name} gets a 4xx`, async () => {
      const { status, text } = await get(target);
      expect(status, name).toBeGreaterThanOrEqual(400);
      expect(status, name).toBeLessThan(500);
      expect(text).not.toMatch(LEAK);
    });
  }

  test('an unknown method gets a 4xx', async () => {
    // (TRACE and `OPTIONS *` are not here: Next fails on them before any app code runs, a 500 (the Fetch
    // standard forbids TRACE; `*` is not a URL); the reference nginx config answers them 405 and 400
    // itself, tests/deploy/nginx-methods.test.ts.)
    for (const method of ['FOO', 'PROPFIND', 'DELETE', 'PUT', 'PATCH']) {
      const { status } = await rawRequest(`${method} ${SEED.path} HTTP/1.1`);
      expect(status, method).toBeGreaterThanOrEqual(400);
      expect(status, method).toBeLessThan(500);
    }
  });

  test('writes on pages get 405 with one Allow header, never cached', async () => {
    for (const target of [SEED.path, '/', '/posts/', '/index.xml']) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const { status, text } = await rawRequest(`${method} ${target} HTTP/1.1\r\nContent-Length: 0`);
        const head = text.slice(0, text.indexOf('\r\n\r\n'));
        expect(status, `${method} ${target}`).toBe(405);
        expect(head.match(/^allow:.*$/gim), `${method} ${target}`).toEqual([expect.stringMatching(/^allow: GET, HEAD, OPTIONS$/i)]);
        expect(head, `${method} ${target}`).toMatch(/^cache-control: no-store\r?$/im);
      }
    }
  });

  test('OPTIONS on a page gets 204 with one Allow header, never cached', async () => {
    for (const target of [SEED.path, '/']) {
      const { status, text } = await rawRequest(`OPTIONS ${target} HTTP/1.1`);
      const head = text.slice(0, text.indexOf('\r\n\r\n'));
      expect(status, target).toBe(204);
      expect(head.match(/^allow:.*$/gim), target).toEqual([expect.stringMatching(/^allow: GET, HEAD, OPTIONS$/i)]);
      expect(head, target).toMatch(/^cache-control: no-store\r?$/im);
    }
  });

  test('malformed Accept-Encoding and Range headers get a normal answer or a 4xx, never a 500', async () => {
    const html = await (await fetch(`http://${APP_HOST}${SEED.path}`)).text();
    const asset = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1] ?? '/icon.svg';
    for (const [target, header] of [
      [SEED.path, 'Accept-Encoding: ,,;q=x, gzip;q=abc, br;q=-1, *;q=2'],
      [SEED.path, `Accept-Encoding: ${'gzip, '.repeat(2000)}`],
      [asset, 'Range: bytes=abc'],
      [asset, 'Range: bytes=999999999-'],
      [asset, 'Range: bytes=5-1'],
      [asset, `Range: bytes=${'0-1,'.repeat(500)}0-1`],
    ] as const) {
      const { status, text } = await get(target, header);
      expect(status, `${target} ${header.slice(0, 40)}`).toBeGreaterThanOrEqual(200);
      expect(status, `${target} ${header.slice(0, 40)}`).toBeLessThan(500);
      expect(text).not.toMatch(LEAK);
    }
  });
});
