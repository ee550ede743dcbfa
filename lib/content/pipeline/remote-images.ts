// Downloads the images articles take from other sites, once each, into the content store (lib/content/
// media.ts), so readers' browsers ask no one but us. Each download has a time and a size limit and must be
// a raster image (SVG can carry scripts); a failure is reported once and the image shows as its alt text.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { mediaDir, readMediaManifest, writeMediaManifest, type MediaManifest } from '../media';

export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: DownloadLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

const TYPES: Record<string, { ext: string; mime: string }> = {
  png: { ext: 'png', mime: 'image/png' },
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  gif: { ext: 'gif', mime: 'image/gif' },
  webp: { ext: 'webp', mime: 'image/webp' },
  avif: { ext: 'avif', mime: 'image/avif' },
};
const AT_ONCE = 4;

export interface DownloadFailure {
  url: string;
  reason: string;
}

/** Stores every URL not stored yet; returns the manifest (the stored ones) and what failed this time. */
export async function fetchRemoteImages(storeDir: string, urls: string[], limits = DEFAULT_LIMITS): Promise<{ manifest: MediaManifest; failures: DownloadFailure[] }> {
  const manifest = readMediaManifest(storeDir);
  const missing = [...new Set(urls)].filter((url) => !manifest[url] || !fs.existsSync(path.join(mediaDir(storeDir), manifest[url].file)));
  const failures: DownloadFailure[] = [];
  for (let i = 0; i < missing.length; i += AT_ONCE) {
    await Promise.all(
      missing.slice(i, i + AT_ONCE).map(async (url) => {
        try {
          manifest[url] = await download(storeDir, url, limits);
        } catch (error) {
          delete manifest[url];
          failures.push({ url, reason: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  }
  if (missing.length > 0) writeMediaManifest(storeDir, manifest);
  return { manifest, failures };
}

async function download(storeDir: string, url: string, limits: DownloadLimits) {
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  const response = await fetch(absolute, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' }).catch((error: unknown) => {
    const { code, message } = (error as { cause?: { code?: string; message?: string } }).cause ?? {};
    const cause = code ?? message;
    throw new Error((error as Error).name === 'TimeoutError' ? `no answer within ${limits.timeoutMs / 1000} s` : `could not connect${cause ? ` (${cause})` : ''}`);
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) throw new Error(`it is ${(declared / 2 ** 20).toFixed(1)} MB, over the ${limits.maxBytes / 2 ** 20} MB limit`);
  const body = await readCapped(response, limits.maxBytes);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(body);
  } catch {
    throw new Error('it is not an image');
  }
  const type = TYPES[size.type ?? ''];
  if (!type || !size.width || !size.height) throw new Error(`${size.type ?? 'this'} images are not served (only PNG, JPEG, GIF, WebP and AVIF)`);
  const file = `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.${type.ext}`;
  const target = path.join(mediaDir(storeDir), file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(`${target}.${process.pid}.tmp`, body);
  fs.renameSync(`${target}.${process.pid}.tmp`, target);
  return { file, width: size.width, height: size.height, type: type.mime };
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      await reader?.cancel();
      throw new Error(`it is over the ${maxBytes / 2 ** 20} MB limit`);
    }
    chunks.push(Buffer.from(read.value));
  }
  return Buffer.concat(chunks);
}
