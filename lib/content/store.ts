// The content store: the build's output that pages read. `index.json` holds every public article's
// summary (newest first); `articles/<n>.json` holds one compiled body each. Written to a temporary
// folder and swapped in whole, so readers of the store never see half a build.
import fs from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary, CompiledArticle } from './article';

export interface StoreIndex {
  articles: Array<ArticleSummary & { bodyFile: string }>;
}

export function writeStore(storeDir: string, newestFirst: Article[]): void {
  const staging = `${storeDir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, 'articles'), { recursive: true });
  const index: StoreIndex = { articles: [] };
  newestFirst.forEach(({ code, headings, ...summary }, n) => {
    const bodyFile = `articles/${n}.json`;
    const compiled: CompiledArticle = { code, headings };
    fs.writeFileSync(path.join(staging, bodyFile), JSON.stringify(compiled));
    index.articles.push({ ...summary, bodyFile });
  });
  fs.writeFileSync(path.join(staging, 'index.json'), JSON.stringify(index));
  const previous = `${storeDir}.old-${process.pid}`;
  if (fs.existsSync(storeDir)) fs.renameSync(storeDir, previous);
  fs.renameSync(staging, storeDir);
  fs.rmSync(previous, { recursive: true, force: true });
}

export function readStoreIndex(storeDir: string): StoreIndex {
  const file = path.join(storeDir, 'index.json');
  if (!fs.existsSync(file)) {
    throw new Error(`No content store at ${storeDir}. Run "npm run content" (or "npm run build") first.`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as StoreIndex;
}

export function readStoreBody(storeDir: string, bodyFile: string): CompiledArticle {
  return JSON.parse(fs.readFileSync(path.join(storeDir, bodyFile), 'utf8')) as CompiledArticle;
}
