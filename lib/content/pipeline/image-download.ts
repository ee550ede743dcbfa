// One remote image into the content store's media folder: fetched under the caller's signal (so a stalled
// lookup, connection or body gives up when it fires), at most maxBytes, and only a raster image (SVG can
// carry scripts). Throws an Error whose message says why, in words for an editor; NoAnswerError when the
// server was never reached, so the caller can stop asking that server.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { mediaDir, type StoredImage } from '../media';

const TYPES: Record<string, { ext: string; mime: string }> = {
  png: { ext: 'png', mime: 'image/png' },
  jpg: { ext: 'jpg', mime: 'image/jpeg' },
  gif: { ext: 'gif', mime: 'image/gif' },
  webp: { ext: 'webp', mime: 'image/webp' },
  avif: { ext: 'avif', mime: 'image/avif' },
};

/** The server was never reached: no connection, or no answer before the signal fired (stoppedBy: its reason). */
export class NoAnswerError extends Error {
  constructor(message: string, readonly stoppedBy?: unknown) {
    super(message);
  }
}

/** The server answered, but the signal fired (stoppedBy: its reason) before the whole image arrived. */
export class AbandonedError extends Error {
  constructor(readonly stoppedBy: unknown) {
    super('the download was stopped');
  }
}

export async function downloadImage(storeDir: string, url: string, { signal, maxBytes }: { signal: AbortSignal; maxBytes: number }): Promise<StoredImage> {
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  const response = await fetch(absolute, { signal, redirect: 'follow' }).catch((error: unknown) => {
    if (signal.aborted) throw new NoAnswerError('no answer', signal.reason);
    const { code, message } = (error as { cause?: { code?: string; message?: string } }).cause ?? {};
    const cause = code ?? message;
    throw new NoAnswerError(`could not connect${cause ? ` (${cause})` : ''}`);
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the server answered ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`it is ${(declared / 2 ** 20).toFixed(1)} MB, over the ${maxBytes / 2 ** 20} MB limit`);
  }
  const body = await readCapped(response, maxBytes).catch((error: unknown) => {
    throw signal.aborted ? new AbandonedError(signal.reason) : error;
  });
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
