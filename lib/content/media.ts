// Images that articles take from other sites, served from our origin: the build downloads each into the
// content store (media/<hash of its URL>.<ext>) with its size, and lists it in media/manifest.json. Pages
// use the local copy; an image whose download failed is not listed, and shows as its alt text.
import fs from 'node:fs';
import path from 'node:path';

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
  const file = manifestPath(storeDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(manifest));
  fs.renameSync(temporary, file);
}
