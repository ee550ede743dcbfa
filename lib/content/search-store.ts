// The search index in the content store: Pagefind's files, one folder per version (search/<version>/,
// named by a hash of its files), and a pointer file naming the live version (search.json). While
// `npm run build` builds the next site, the content step writes search.pending.json instead, and build.sh
// renames it in right after the index (as index.pending.json), so a failed build leaves the last good
// index serving. A pointer also names the version it replaced: a reader who began searching before a
// switch still gets the hashed files their page asks for, until the next publication removes it.
import fs from 'node:fs';
import path from 'node:path';
import { writeJsonFile } from './json-file';

export interface SearchPointer {
  version: string;
  /** The version this one replaced, kept for readers who loaded it before the switch. */
  previous: string | null;
}

export const SEARCH_POINTER = 'search.json';
export const PENDING_SEARCH_POINTER = 'search.pending.json';

export const searchVersionsDir = (storeDir: string) => path.join(storeDir, 'search');
export const searchVersionDir = (storeDir: string, version: string) => path.join(searchVersionsDir(storeDir), version);

/** The folder of part `n` (from 1) of a version: the first part is the version folder itself. */
export const searchPartFolder = (n: number) => (n === 1 ? '' : `part-${n}`);
/** The list of a version's other parts (their folders), which the search page merges into the first. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** What a version folder is called: a hash of its files (search-index.ts). */
export const SEARCH_VERSION = /^[0-9a-f]{16}$/;

export function readSearchPointer(storeDir: string, name = SEARCH_POINTER): SearchPointer | null {
  try {
    return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ storeDir, name), 'utf8')) as SearchPointer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Points `name` at `version` in one rename; the live version it replaces (if another) stays reachable as `previous`. */
export function publishSearchPointer(storeDir: string, version: string, name = SEARCH_POINTER): void {
  const live = readSearchPointer(storeDir);
  const previous = live && live.version !== version ? live.version : (live?.previous ?? null);
  writeSearchPointer(storeDir, { version, previous }, name);
}

function writeSearchPointer(storeDir: string, pointer: SearchPointer, name: string): void {
  writeJsonFile(path.join(storeDir, name), pointer);
}

/** Removes the versions no pointer names, and folders left by an indexing run that died. */
export function pruneSearchVersions(storeDir: string): void {
  const dir = searchVersionsDir(storeDir);
  if (!fs.existsSync(dir)) return;
  const keep = new Set(
    [SEARCH_POINTER, PENDING_SEARCH_POINTER].flatMap((name) => {
      const pointer = readSearchPointer(storeDir, name);
      return pointer ? [pointer.version, pointer.previous] : [];
    }),
  );
  for (const name of fs.readdirSync(dir)) {
    const running = /^\.tmp-(\d+)$/.exec(name);
    if (keep.has(name) || (running && isAlive(Number(running[1])))) continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
