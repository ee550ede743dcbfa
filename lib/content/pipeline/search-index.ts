// Writes the site's search index (Pagefind) from the content store: one document per public article that
// is not `searchHidden`, built from its stored body as plain HTML (what feeds carry: no site chrome, no
// table of contents, no navigation), into a new version folder of the store (search-store.ts). The caller
// points the live or pending pointer at it when it publishes the articles' index.
// A large site's index is written in parts of `site.searchPartSize` articles, one Pagefind process each
// (Pagefind holds a whole index in memory while it writes it): the first part at the folder's top, the
// others in part-2/, part-3/…, listed in parts.json, which the search page merges (Pagefind's mergeIndex).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { IndexedArticle } from '../article';
import { site } from '../../site';
import { readStoreFeedHtml } from '../store';
import { SEARCH_PARTS_FILE, searchPartFolder, searchVersionDir, searchVersionsDir } from '../search-store';

export interface SearchDocument {
  url: string;
  content: string;
}

type Searchable = Pick<IndexedArticle, 'url' | 'title' | 'date' | 'draft' | 'searchHidden'>;

/** Whether readers can find the article by searching: public and not `searchHidden`. */
export const isSearchable = (article: Pick<IndexedArticle, 'draft' | 'searchHidden'>) => !article.draft && !article.searchHidden;

/** The page Pagefind indexes for one article: its title (the result's title) and body, its date as metadata. */
export function searchDocument(article: Searchable, bodyHtml: string, language = site.language): SearchDocument {
  const date = article.date ? ` data-pagefind-meta="date:${escapeHtml(article.date)}"` : '';
  return {
    url: article.url,
    content:
      `<!doctype html><html lang="${escapeHtml(language)}"><body><main data-pagefind-body${date}>` +
      `<h1 data-pagefind-meta="title">${escapeHtml(article.title)}</h1>` +
      // Synonyms hook (a future `synonyms` field): `<p hidden>${escapeHtml(synonyms.join(' '))}</p>` here; Pagefind indexes hidden text.
      `${bodyHtml}</main></body></html>`,
  };
}

/** The documents for every searchable article, bodies read from the store. */
export function searchDocuments(articles: (Searchable & Pick<IndexedArticle, 'bodyKey'>)[], readBodyHtml: (bodyKey: string) => string): SearchDocument[] {
  return articles.filter(isSearchable).map((article) => searchDocument(article, readBodyHtml(article.bodyKey)));
}

/** Pagefind could not index or write: the store's search index is as it was. */
export class SearchIndexError extends Error {}

export interface WrittenSearchIndex {
  version: string;
  documents: number;
  bytes: number;
  seconds: number;
}

// Pagefind's own search UIs: the search page is ours, so they are not kept.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes the searchable articles into a new version folder of the store (or finds that version already there). */
export async function writeSearchIndex(storeDir: string, articles: IndexedArticle[], partSize = site.searchPartSize): Promise<WrittenSearchIndex> {
  const started = performance.now();
  const searchable = articles.filter(isSearchable);
  const parts = Array.from({ length: Math.max(1, Math.ceil(searchable.length / partSize)) }, (_, i) => searchable.slice(i * partSize, (i + 1) * partSize));
  const temporary = path.join(searchVersionsDir(storeDir), `.tmp-${process.pid}`);
  fs.rmSync(temporary, { recursive: true, force: true });
  try {
    for (const [i, part] of parts.entries()) {
      // Each part's bodies are read as it is indexed: never every body in memory at once.
      const folder = path.join(temporary, searchPartFolder(i + 1));
      await indexWithPagefind(searchDocuments(part, (key) => readStoreFeedHtml(storeDir, key)), folder);
      for (const name of fs.readdirSync(folder)) if (UNUSED.test(name)) fs.rmSync(path.join(folder, name));
    }
    const others = parts.slice(1).map((_, i) => searchPartFolder(i + 2));
    fs.writeFileSync(path.join(temporary, SEARCH_PARTS_FILE), JSON.stringify(others));
    const { version, bytes } = hashFolder(temporary);
    const final = searchVersionDir(storeDir, version);
    if (fs.existsSync(final)) fs.rmSync(temporary, { recursive: true });
    else fs.renameSync(temporary, final);
    return { version, documents: searchable.length, bytes, seconds: (performance.now() - started) / 1000 };
  } finally {
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

const BATCH = 100;

async function indexWithPagefind(documents: SearchDocument[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: site.language });
    if (!index) throw new Error(errors.join('; '));
    // A batch at a time: no round trip per document, and not every document queued in memory at once
    // (at 5000 articles that held 150 MB more).
    for (let start = 0; start < documents.length; start += BATCH) {
      const batch = documents.slice(start, start + BATCH);
      const added = await Promise.all(batch.map((document) => index.addHTMLFile(document)));
      const failed = added.map((result, i) => [batch[i].url, result.errors] as const).filter(([, problems]) => problems.length > 0);
      if (failed.length > 0) throw new Error(failed.map(([url, problems]) => `${url}: ${problems.join('; ')}`).join('\n'));
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } catch (error) {
    throw new SearchIndexError(`Search index: Pagefind failed, so the search index was not changed. ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** A version name from every file's path and bytes, and the folder's size. */
function hashFolder(dir: string): { version: string; bytes: number } {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .sort();
  for (const file of files) {
    const content = fs.readFileSync(path.join(dir, file));
    bytes += content.length;
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return { version: hash.digest('hex').slice(0, 16), bytes };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
