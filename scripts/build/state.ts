// What the live site shows: the build inputs' fingerprint and the articles' index, as the last full
// build made it and each `npm run publish` since has changed it. Kept beside the content store
// (.content/live-site.json), never inside Next's `.next/`. build.sh removes it before `next build` and
// records the new one only once `next build` has succeeded, so after a failed or interrupted build
// there is none, and publishing asks for a full build.
import fs from 'node:fs';
import path from 'node:path';
import type { StoreIndex } from '../../lib/content/store';
import { writeJsonFile } from '../../lib/content/json-file';

/** The fingerprint, and the index (articles and site pages) the live site was rendered from. */
export interface LiveSite extends StoreIndex {
  inputs: string;
}

/** `npm run publish`'s exit code for "only a full build will do". */
export const FULL_BUILD_NEEDED = 3;

const LIVE_SITE_FILE = 'live-site.json';
/** Written by the content step of `npm run build`; build.sh renames it to LIVE_SITE_FILE. */
const PENDING_SITE_FILE = 'pending-site.json';

export function readLiveSite(storeDir: string): LiveSite | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(storeDir, LIVE_SITE_FILE), 'utf8')) as LiveSite;
  } catch {
    return null;
  }
}

export function writeLiveSite(storeDir: string, site: LiveSite): void {
  writeJsonFile(path.join(storeDir, LIVE_SITE_FILE), site);
}

export function writePendingSite(storeDir: string, site: LiveSite): void {
  writeJsonFile(path.join(storeDir, PENDING_SITE_FILE), site);
}
