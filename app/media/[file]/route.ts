// /media/<file>: what the content store serves for articles (lib/content/media.ts): copies of images they take
// from other sites, named by a hash of the URL (32 hex digits), and the files beside them in their page
// bundles, named by a hash of their content (64 hex digits). Only names the build writes are looked up,
// so no path can leave the folder.
import fs from 'node:fs';
import path from 'node:path';
import { mediaDir } from '@/lib/content/media';
import { storeDir } from '@/lib/content/paths';

const STORED_NAME = /^([0-9a-f]{32}|[0-9a-f]{64})\.([a-z0-9]{2,5})$/;
const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  epub: 'application/epub+zip',
};

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const name = (await params).file;
  const [, hash, ext] = STORED_NAME.exec(name) ?? [];
  const file = ext && TYPES[ext] && path.join(mediaDir(storeDir), name);
  if (!file || !fs.existsSync(file)) return new Response('Not found\n', { status: 404 });
  return new Response(fs.readFileSync(file), {
    headers: {
      'Content-Type': TYPES[ext],
      // Named by its content: it never changes. Named by its URL: a changed image is only fetched again by a full build.
      'Cache-Control': hash.length === 64 ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
      // An author's SVG opened on its own runs no script (in an <img> it never does).
      ...(ext === 'svg' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}
