// The negative cache of remote images: each URL whose download failed, when and why, kept in the content
// store's media folder beside the stored copies (media/failed-downloads.json), so it lives as long as the
// build's cache on this machine. Builds and publishes skip a remembered URL until its entry expires; a
// successful download drops it.
import fs from 'node:fs';
import path from 'node:path';
import { mediaDir } from '../media';
import { writeJsonFile } from '../json-file';

export interface FailedDownload {
  /** When it failed, in milliseconds since 1970. */
  failedAt: number;
  reason: string;
}

/** Failed downloads by URL. */
export type FailedDownloads = Record<string, FailedDownload>;

const failuresPath = (storeDir: string) => path.join(mediaDir(storeDir), 'failed-downloads.json');

/** The failures still remembered at `now` (older ones are dropped: their URLs are tried again). */
export function readFailedDownloads(storeDir: string, rememberMs: number, now: number): FailedDownloads {
  const file = failuresPath(storeDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    // A cache, not content: a damaged file costs only retries, so say so and start again.
    console.error(`warning: ${file} is not valid JSON; remote images that failed before are tried again (delete the file to silence this).`);
    return {};
  }
  const live: FailedDownloads = {};
  for (const [url, entry] of Object.entries(stored ?? {})) {
    if (isFailedDownload(entry) && entry.failedAt <= now && now - entry.failedAt < rememberMs) live[url] = entry;
  }
  return live;
}

export function writeFailedDownloads(storeDir: string, failures: FailedDownloads): void {
  writeJsonFile(failuresPath(storeDir), failures);
}

function isFailedDownload(value: unknown): value is FailedDownload {
  const entry = value as Partial<FailedDownload> | null;
  return typeof entry === 'object' && entry !== null && typeof entry.failedAt === 'number' && typeof entry.reason === 'string';
}
