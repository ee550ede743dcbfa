// Which of Pagefind's files the site serves under /pagefind/, with what type and for how long. Only the
// names Pagefind's search script asks for pass (no other name, no `..`, no other folder), and only when
// the live version holds that file. Pagefind's UI bundles are never served: the search page is ours.
import fs from 'node:fs';
import path from 'node:path';
import { readSearchPointer, SEARCH_PARTS_FILE, SEARCH_VERSION, searchVersionDir } from './search-store';

/** Named by a hash of their content: cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Same name in every version (the entry, the script, the WebAssembly): checked on every use, answered
 * with 304 while the version (their ETag) is the same. */
const REVALIDATE = 'public, max-age=0, must-revalidate';
// The .pagefind files are gzip-compressed WebAssembly: Pagefind's script fetches, unzips and instantiates
// them itself, so they are served as the bytes they are, not as application/wasm (which they are not
// until unzipped) and without Content-Encoding (which would have the browser unzip them first).
const BYTES = 'application/octet-stream';
const LANGUAGE = '[a-z0-9-]+';

// Any of them may sit in a later part's folder (part-2/…), except the list of parts, at the top only.
const PART = /^part-[1-9]\d*\//;

const KINDS: { name: RegExp; type: string; hashed: boolean }[] = [
  { name: /^pagefind\.js$/, type: 'text/javascript; charset=utf-8', hashed: false },
  { name: /^pagefind-worker\.js$/, type: 'text/javascript; charset=utf-8', hashed: false },
  { name: /^pagefind-entry\.json$/, type: 'application/json', hashed: false },
  { name: new RegExp(`^wasm\\.${LANGUAGE}\\.pagefind$`), type: BYTES, hashed: false },
  { name: new RegExp(`^pagefind\\.${LANGUAGE}_[0-9a-f]+\\.pf_meta$`), type: BYTES, hashed: true },
  { name: new RegExp(`^(index|fragment|filter)/${LANGUAGE}_[0-9a-f]+\\.pf_\\1$`), type: BYTES, hashed: true },
];

export interface SearchFileKind {
  contentType: string;
  cacheControl: string;
  hashed: boolean;
}

/** What a name under /pagefind/ is (`fragment/en_4f204a7.pf_fragment`), or null when it is none of Pagefind's. */
export function searchFileKind(name: string): SearchFileKind | null {
  if (name === SEARCH_PARTS_FILE) return { contentType: 'application/json', cacheControl: REVALIDATE, hashed: false };
  const kind = KINDS.find((candidate) => candidate.name.test(name.replace(PART, '')));
  return kind ? { contentType: kind.type, cacheControl: kind.hashed ? IMMUTABLE : REVALIDATE, hashed: kind.hashed } : null;
}

export interface SearchFile extends SearchFileKind {
  file: string;
  /** The version that holds it (the ETag of a file whose name every version shares). */
  version: string;
}

/** The file the live search index holds under this name; a hashed file may come from the version the
 * live one replaced. Null when there is none (or no index yet). */
export function findSearchFile(storeDir: string, name: string): SearchFile | null {
  const kind = searchFileKind(name);
  const pointer = readSearchPointer(storeDir);
  if (!kind || !pointer) return null;
  const versions = kind.hashed && pointer.previous ? [pointer.version, pointer.previous] : [pointer.version];
  for (const version of versions.filter((candidate) => SEARCH_VERSION.test(candidate))) {
    const file = path.join(searchVersionDir(storeDir, version), name);
    if (isFile(file)) return { ...kind, file, version };
  }
  return null;
}

/** The answer to GET /pagefind/<name>: the file, a 304 when the reader's copy is current, or a 404. */
export function searchFileResponse(storeDir: string, name: string, ifNoneMatch: string | null): Response {
  const found = findSearchFile(storeDir, name);
  if (!found) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const headers: Record<string, string> = { 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl };
  if (!found.hashed) {
    headers.ETag = `"${found.version}"`;
    if (ifNoneMatch === headers.ETag) return new Response(null, { status: 304, headers });
  }
  return new Response(fs.readFileSync(found.file), { headers });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
