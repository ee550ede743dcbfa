// What the live site shows: the build inputs' fingerprint and the articles' index, as the last full
// build made it and each `npm run publish` since has changed it. Our own file in `.next/`: a full build's
// state waits in the content store until `next build` has succeeded, then moves there (scripts/build.sh).
// `next build` empties `.next/`, so a failed or interrupted build leaves no state, and publishing then
// asks for a full build.
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedArticle } from '../../lib/content/article';

export interface BuiltSite {
  inputs: string;
  articles: IndexedArticle[];
}

/** `npm run publish`'s exit code for "only a full build will do". */
export const FULL_BUILD_NEEDED = 3;

export function readBuiltSite(root: string): BuiltSite | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, '.next', 'pulse-build.json'), 'utf8')) as BuiltSite;
  } catch {
    return null;
  }
}

export function writeBuiltSite(root: string, site: BuiltSite): void {
  writeAtomically(path.join(root, '.next', 'pulse-build.json'), site);
}

/** Where build.sh finds the state to record after `next build`. */
export function writePendingSite(storeDir: string, site: BuiltSite): void {
  writeAtomically(path.join(storeDir, 'pending-build.json'), site);
}

function writeAtomically(file: string, site: BuiltSite): void {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(site));
  fs.renameSync(`${file}.tmp`, file);
}
