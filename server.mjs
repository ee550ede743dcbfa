#!/usr/bin/env node
// `npm start`: Next.js's own request handler, with one fast path in front of it. A page that the build
// prerendered is sent straight from memory, gzipped once, with Next's own headers; everything else
// (client navigation's RSC requests, redirects, 404s, static assets) goes to Next unchanged.
// Usage: node server.mjs [-p 3000] [-H 0.0.0.0]   (or PORT / HOST in the environment)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import next from 'next';

const { values: args } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOST ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${args.port ?? process.env.PORT}": use a number from 0 to 65535.`);
  process.exit(1);
}

const dir = path.dirname(new URL(import.meta.url).pathname);
const appDir = path.join(dir, '.next', 'server', 'app');
const manifestFile = path.join(dir, '.next', 'prerender-manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error('No production build in .next/. Run "npm run build" first.');
  process.exit(1);
}

// Requests that need Next itself even when the URL is a prerendered page.
const NEXT_ONLY_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** URL path (with the trailing slash) -> its prerendered HTML file, for every page that answers 200. */
function prerenderedPages() {
  const { routes } = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const pages = new Map();
  for (const [route, info] of Object.entries(routes)) {
    if (info.initialStatus && info.initialStatus !== 200) continue;
    if (route.startsWith('/_')) continue;
    const file = path.join(appDir, route === '/' ? 'index.html' : `${route}.html`);
    if (fs.existsSync(file)) pages.set(route === '/' ? '/' : `${route}/`, file);
  }
  return pages;
}

const pages = prerenderedPages();
const compressed = new Map();

function compressedPage(file) {
  let page = compressed.get(file);
  if (!page) {
    const html = fs.readFileSync(file);
    page = { body: gzipSync(html, { level: 9 }), etag: `"${createHash('sha1').update(html).digest('base64url').slice(0, 16)}"` };
    compressed.set(file, page);
  }
  return page;
}

function servePrerendered(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return false;
  if (NEXT_ONLY_HEADERS.some((name) => name in req.headers)) return false;
  if ((req.headers.cookie ?? '').includes('__prerender_bypass')) return false;
  const [pathname, query = ''] = (req.url ?? '/').split('?');
  if (/(^|&)_rsc=/.test(query)) return false;
  const file = pages.get(pathname);
  if (!file) return false;
  const page = compressedPage(file);
  res.setHeader('Vary', VARY);
  res.setHeader('Cache-Control', 's-maxage=31536000');
  res.setHeader('ETag', page.etag);
  res.setHeader('x-nextjs-cache', 'HIT');
  res.setHeader('x-nextjs-prerender', '1');
  if (req.headers['if-none-match'] === page.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', page.body.length);
  res.end(req.method === 'HEAD' ? undefined : page.body);
  return true;
}

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  try {
    if (servePrerendered(req, res)) return;
  } catch (error) {
    // A page file that cannot be read: Next serves (or reports) it instead.
    console.error(`Fast path failed for ${req.url}:`, error);
  }
  handle(req, res);
});
server.listen(port, hostname, () => {
  // The port actually bound: `-p 0` asks the system for a free one.
  const bound = server.address().port;
  console.log(`Pulse is serving ${pages.size} prerendered pages on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${bound}`);
});
