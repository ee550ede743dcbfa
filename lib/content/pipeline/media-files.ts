// Finds, before compiling, every local file an article may name (local-media.ts resolves the names): all of a
// page bundle's files, and each path-like name in the file (`../images/x.png`, `/images/x.png`) that leads
// to a served kind of file, present or not. Each is hashed, so the article's keys change when one is
// edited, added or removed (an image fixed after a missing-image warning shows at the next build).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { filePathOf, isBundleFile, isImageExtension, SERVED_EXTENSIONS, type MediaFile, type MediaFiles } from './local-media';

/** A path-like name ending in a served extension. Its folders cannot hold a `/`, so it never backtracks far. */
const SEGMENT = `[^\\s"'()<>\\[\\]{}|*\`=,;/\\\\]+`;
const NAMED_FILE = new RegExp(`(?<![\\w:/.%-])(?:\\.{1,2}/|/)?(?:${SEGMENT}/)*${SEGMENT}\\.(?:${SERVED_EXTENSIONS.join('|')})(?![\\w.-])`, 'gi');
const ARTICLE_FILE = /\.(md|mdx|markdown|html?)$/i;

/** The folder an article's relative paths may not climb out of: its nearest `content` folder (Hugo's content
 * root), else (a corpus read in place) the folder holding the article's own folder. */
export function climbBound(file: string): string {
  const dir = posixDir(file);
  const parts = dir.split('/');
  const content = parts.lastIndexOf('content');
  return content >= 0 ? parts.slice(0, content + 1).join('/') : path.posix.dirname(dir);
}

/** Every local file the article (its file and its text) may name, hashed, by path from the project root. */
export function mediaFilesOf(file: string, source: string, bound: string): MediaFiles {
  const dir = posixDir(file);
  const bundle = isBundleFile(file);
  const files: MediaFiles = {};
  if (bundle) for (const relative of bundleFileNames(dir)) files[path.posix.join(dir, relative)] = readMediaFile(path.posix.join(dir, relative));
  for (const [name] of source.matchAll(NAMED_FILE)) {
    const named = filePathOf(name, { dir, bundle: false, pageUrl: '/', bound });
    if (named && !(named in files)) files[named] = readMediaFile(named);
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** The table as text for a key: each path with its hash (or that it is absent). */
export function mediaDigest(files: MediaFiles): string {
  return Object.entries(files)
    .map(([name, file]) => `${name}\u0001${file?.hash ?? ''}`)
    .join('\u0002');
}

/** A bundle's files (not its articles, not hidden ones), relative to its folder, POSIX. */
function bundleFileNames(dir: string): string[] {
  // A source given by path alone (a check of text not on disk) has no folder to list.
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !ARTICLE_FILE.test(entry.name))
    .map((entry) => toPosix(path.relative(dir, path.join(entry.parentPath, entry.name))))
    .filter((relative) => !relative.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const known = new Map<string, { stamp: string; file: MediaFile }>();

/** A file's hash and (for an image) size, or null when it is not there. Kept while its size and mtime hold. */
function readMediaFile(name: string): MediaFile | null {
  const stat = fs.statSync(name, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const cached = known.get(name);
  if (cached?.stamp === stamp) return cached.file;
  const content = fs.readFileSync(name);
  const ext = path.extname(name).slice(1).toLowerCase();
  const file: MediaFile = { hash: createHash('sha256').update(content).digest('hex'), ext, ...(isImageExtension(ext) ? sizeOf(content) : {}) };
  known.set(name, { stamp, file });
  return file;
}

function sizeOf(content: Buffer): { width?: number; height?: number } {
  try {
    const { width, height } = imageSize(content);
    return width && height ? { width, height } : {};
  } catch {
    // Not an image image-size reads (or a broken one): served without a size.
    return {};
  }
}

const toPosix = (name: string) => name.split(path.sep).join('/');
const posixDir = (file: string) => path.posix.dirname(toPosix(file));

const bySource = new WeakMap<object, { files: MediaFiles; digest: string }>();

/** The local files a source file may name and their digest, found once for each file read (the build asks
 * for the digest before it decides to reuse an entry, and loading the file asks again). */
export function sourceMedia(source: { file: string; source: string }): { files: MediaFiles; digest: string } {
  let found = bySource.get(source);
  if (!found) {
    const files = mediaFilesOf(source.file, source.source, climbBound(source.file));
    found = { files, digest: mediaDigest(files) };
    bySource.set(source, found);
  }
  return found;
}
