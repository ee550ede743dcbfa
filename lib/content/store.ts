// The content store: the build's output that pages read, in `.content/`.
//   index.json          every public article's summary, newest first, each naming its file and its body;
//                       and every public site page (content/pages) the same way, in the footer's order
//   bodies/<key>.json   one compiled body each, named by a hash of everything that decides it
// Bodies are content-addressed, so the store doubles as the compile cache: a rebuild compiles only the
// articles whose key is new. The index is swapped in whole and only after a good build; bodies the new
// index no longer names are removed after the swap, so readers never see half a build.
import fs from 'node:fs';
import path from 'node:path';
import type { BodyWarning, CompiledArticle, CompiledBody, IndexedArticle } from './article';
import { writeJsonFile } from './json-file';

export interface StoreIndex {
  articles: IndexedArticle[];
  /** Site pages (content/pages), served at /<name>/: outside lists, feeds and post navigation. */
  pages: IndexedArticle[];
}

const bodyPath = (storeDir: string, key: string) => path.join(storeDir, 'bodies', `${key}.json`);

/** The index that pages read: index.json, except while `npm run build` builds the next site from the
 * index it will publish (PULSE_INDEX_NAME=index.pending.json, see scripts/build.sh). */
export const PENDING_INDEX = 'index.pending.json';
export const indexPath = (storeDir: string) => path.join(/* turbopackIgnore: true */ storeDir, process.env.PULSE_INDEX_NAME ?? 'index.json');

/** Changes whenever the file is replaced (each store file is renamed in whole: a new inode) or removed. */
export function fileVersion(file: string): string {
  const stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : 'none';
}

export function readCachedBody(storeDir: string, key: string): CompiledBody | null {
  try {
    return JSON.parse(fs.readFileSync(bodyPath(storeDir, key), 'utf8')) as CompiledBody;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}

export function writeBody(storeDir: string, key: string, body: CompiledBody): void {
  writeJsonFile(bodyPath(storeDir, key), body);
}

/** Swaps in a new index at once: readers see the old one or the new one, never half of either. */
export function publishIndex(storeDir: string, { articles, pages }: StoreIndex, name = 'index.json'): void {
  writeJsonFile(path.join(/* turbopackIgnore: true */ storeDir, name), { articles, pages } satisfies StoreIndex);
}

/** Removes the bodies no given article names (drafts' among them), once no reader needs them. */
export function pruneBodies(storeDir: string, ...indexes: IndexedArticle[][]): void {
  const keep = new Set(indexes.flat().map((article) => `${article.bodyKey}.json`));
  fs.mkdirSync(path.join(storeDir, 'bodies'), { recursive: true });
  for (const name of fs.readdirSync(path.join(storeDir, 'bodies'))) {
    if (!keep.has(name)) fs.rmSync(path.join(storeDir, 'bodies', name), { force: true });
  }
}

const draftMark = (storeDir: string, key: string) => path.join(storeDir, 'checked-drafts', key);

/** The warnings of a draft body with this key that compiled before, or null when it did not (the mark
 * holds only those, none of the draft's text). */
export function readCheckedDraft(storeDir: string, key: string): BodyWarning[] | null {
  try {
    return JSON.parse(fs.readFileSync(draftMark(storeDir, key), 'utf8')) as BodyWarning[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}

export function markCheckedDraft(storeDir: string, key: string, warnings: BodyWarning[]): void {
  fs.mkdirSync(path.dirname(draftMark(storeDir, key)), { recursive: true });
  fs.writeFileSync(draftMark(storeDir, key), JSON.stringify(warnings));
}

/** Removes the marks of drafts that are gone or changed. */
export function pruneDraftMarks(storeDir: string, keys: string[]): void {
  const keep = new Set(keys);
  const dir = path.join(storeDir, 'checked-drafts');
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) if (!keep.has(name)) fs.rmSync(path.join(dir, name), { force: true });
}

/** The published index, or null when the store has none yet. */
export function readStoreIndexIfAny(storeDir: string): StoreIndex | null {
  return fs.existsSync(/* turbopackIgnore: true */ indexPath(storeDir)) ? readStoreIndex(storeDir) : null;
}

/** The keys of every stored body, read from one directory listing. */
export function storedBodyKeys(storeDir: string): Set<string> {
  const dir = path.join(storeDir, 'bodies');
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)));
}

export function readStoreIndex(storeDir: string): StoreIndex {
  const file = indexPath(storeDir);
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) {
    throw new Error(`No content store at ${storeDir}. Run "npm run content" (or "npm run build") first.`);
  }
  const index = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as Partial<StoreIndex> & Pick<StoreIndex, 'articles'>;
  // An index written before site pages existed has none.
  return { articles: index.articles, pages: index.pages ?? [] };
}

export function readStoreBody(storeDir: string, key: string): CompiledArticle {
  const body = readStoredBody(storeDir, key);
  return { code: body.code, headings: body.headings, faq: body.faq };
}

/** A body as plain HTML, for feeds. */
export function readStoreFeedHtml(storeDir: string, key: string): string {
  return readStoredBody(storeDir, key).feedHtml;
}

function readStoredBody(storeDir: string, key: string): CompiledBody {
  const body = readCachedBody(storeDir, key);
  if (!body) throw new Error(`The content store at ${storeDir} has no body ${key}. Run "npm run build" again.`);
  return body;
}
