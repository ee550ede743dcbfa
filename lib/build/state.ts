// What the site in `.next/` was built from: the build inputs' fingerprint and the articles' index.
// `next build` empties `.next/`, so a failed or interrupted full build leaves no state, and the next
// build is a full one.
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedArticle } from '../content/store';

export interface BuiltSite {
  inputs: string;
  articles: IndexedArticle[];
}

const stateFile = (root: string) => path.join(root, '.next', 'pulse-build.json');

export function readBuiltSite(root: string): BuiltSite | null {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return null;
  try {
    return JSON.parse(fs.readFileSync(stateFile(root), 'utf8')) as BuiltSite;
  } catch {
    return null;
  }
}

export function writeBuiltSite(root: string, site: BuiltSite): void {
  const file = stateFile(root);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(site));
  fs.renameSync(`${file}.tmp`, file);
}
