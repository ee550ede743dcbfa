// Images that articles take from other sites, served from our origin: the build downloads each into the
// content store (media/<hash of its URL>.<ext>) with its size, and lists it in media/manifest.json. Pages
// use the local copy; an image whose download failed is not listed, and shows as its alt text. Files of page
// bundles are stored beside them, named by a hash of their content (pipeline/local-files.ts).
import fs from 'node:fs';
import path from 'node:path';
import { writeJsonFile } from './json-file';

export interface StoredImage {
  /** The file's name in the store's media folder. */
  file: string;
  width: number;
  height: number;
  /** Its media type, as served. */
  type: string;
}

/** Stored images by the remote URL articles give. */
export type MediaManifest = Record<string, StoredImage>;

/** `https://…`, `http://…` or protocol-relative `//…`: an image from another site. */
export function isRemoteImage(src: string): boolean {
  return /^(https?:)?\/\//i.test(src.trim());
}

export const mediaDir = (storeDir: string) => path.join(storeDir, 'media');
const manifestPath = (storeDir: string) => path.join(mediaDir(storeDir), 'manifest.json');

export function readMediaManifest(storeDir: string): MediaManifest {
  try {
    return JSON.parse(fs.readFileSync(manifestPath(storeDir), 'utf8')) as MediaManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

export function writeMediaManifest(storeDir: string, manifest: MediaManifest): void {
  writeJsonFile(manifestPath(storeDir), manifest);
}

/** What /media/ serves, by the extension a stored file keeps (pipeline/local-media.ts's SERVED_EXTENSIONS). */
const MEDIA_TYPES: Record<string, string> = {
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

/** A name the build writes into the media folder: 32 hex digits (a hash of a remote image's URL) or 64 (of a
 * bundle file's content), and a served extension; null for any other name, so no path can leave the folder. */
export function storedName(name: string): { ext: string; byContent: boolean } | null {
  const [, hash, ext] = /^([0-9a-f]{32}|[0-9a-f]{64})\.([a-z0-9]{2,5})$/.exec(name) ?? [];
  return hash && ext && Object.hasOwn(MEDIA_TYPES, ext) ? { ext, byContent: hash.length === 64 } : null;
}

/** The headers a stored file is served with. */
export function mediaHeaders(ext: string, cacheControl: string): HeadersInit {
  return {
    'Content-Type': MEDIA_TYPES[ext],
    'Cache-Control': cacheControl,
    'X-Content-Type-Options': 'nosniff',
    // An author's SVG opened on its own runs no script (in an <img> it never does).
    ...(ext === 'svg' ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
  };
}
