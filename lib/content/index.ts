// The pipeline's public API for pages: named getters over the content store. Pages never read files.
import fs from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary } from './article';
import { neighboursOf, type Neighbours } from './navigation';
import { storeDir } from './paths';
import { readStoreBody, readStoreIndex, type StoreIndex } from './store';
import { groupByTag, type Term } from './taxonomy';

export type { Article, ArticleSummary, Heading } from './article';
export type { Neighbours } from './navigation';
export type { Term } from './taxonomy';
export { termUrl } from './taxonomy';

let loaded: {
  mtimeMs: number;
  index: StoreIndex;
  bySlug: Map<string, StoreIndex['articles'][number]>;
  tags: Map<string, Term>;
} | null = null;

// Read once per process; read again only when a content build has replaced the store (during `next dev`).
function store() {
  const mtimeMs = fs.statSync(path.join(storeDir, 'index.json'), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (!loaded || loaded.mtimeMs !== mtimeMs) {
    const index = readStoreIndex(storeDir);
    loaded = {
      mtimeMs,
      index,
      bySlug: new Map(index.articles.map((article) => [article.slug, article])),
      tags: groupByTag(index.articles),
    };
  }
  return loaded;
}

/** Every public article, newest first. */
export function getArticles(): ArticleSummary[] {
  return store().index.articles;
}

/** An article's metadata without its compiled body (for page metadata, which needs no body). */
export function getArticleSummary(slug: string): ArticleSummary | null {
  return store().bySlug.get(slug) ?? null;
}

export function getArticle(slug: string): Article | null {
  const summary = store().bySlug.get(slug);
  if (!summary) return null;
  return { ...summary, ...readStoreBody(storeDir, summary.bodyKey) };
}

export function getNeighbours(slug: string): Neighbours {
  return neighboursOf(getArticles(), slug);
}

/** Every tag, most used first. */
export function getTags(): Term[] {
  return [...store().tags.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

export function getTag(slug: string): Term | null {
  return store().tags.get(slug) ?? null;
}
