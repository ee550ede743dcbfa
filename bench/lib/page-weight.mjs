// What a reader downloads for one page: its HTML and the JavaScript it loads first, gzipped.
import { gzipSync } from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, { level: 6 }).length;

export async function pageWeight(baseUrl, pathname) {
  const response = await fetch(baseUrl + pathname);
  const html = Buffer.from(await response.arrayBuffer());
  const scripts = [...html.toString('utf8').matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => /\ssrc="/.test(attributes) && !/\snoModule\b/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)[1]);
  let jsBytes = 0;
  for (const src of new Set(scripts)) {
    const script = await fetch(new URL(src, baseUrl));
    if (!script.ok) throw new Error(`${src} answered ${script.status}`);
    jsBytes += gzipBytes(Buffer.from(await script.arrayBuffer()));
  }
  return { status: response.status, htmlBytes: html.length, htmlGzipBytes: gzipBytes(html), scripts: scripts.length, firstLoadJsGzipBytes: jsBytes };
}
