// The public API for pages: named getters over the content store. Pages never read files. They get
// summaries without the store's own fields (the source file, its format, the body's key).
import fs from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary, IndexedArticle } from './article';
import { groupByMonth, type ArchiveYear } from './archive';
import { groupBySeries, guidePlace, sortGuides, type Guide, type GuidePlace } from './guides';
import { withServedImages } from './images';
import { mediaDir, readMediaManifest, type MediaManifest, type StoredImage } from './media';
import { neighboursOf, type Neighbours } from './navigation';
import { publicDir, storeDir } from './paths';
import { relatedFinder } from './related';
import { fileVersion, indexPath, readStoreBody, readStoreFeedHtml, readStoreIndex } from './store';
import { byUse, groupByCategory, groupByTag, type Term } from './taxonomy';
import { mediaUrl } from './urls';

export type { Article, ArticleCover, ArticleSummary, Heading, ShownImage } from './article';
export type { Guide, GuidePlace } from './guides';
export type { StoredImage } from './media';
export type { Neighbours } from './navigation';
export type { Term } from './taxonomy';
export type { ArchiveMonth, ArchiveYear } from './archive';

interface Entry {
  summary: ArticleSummary;
  bodyKey: string;
}

let loaded: {
  version: string;
  articles: ArticleSummary[];
  bySlug: Map<string, Entry>;
  /** Site pages (content/pages) by name, in the footer's order. */
  pages: Map<string, Entry>;
  tags: Map<string, Term>;
  categories: Map<string, Term>;
  guides: Map<string, Guide>;
  /** An article's related articles, by slug, each worked out on first asking (lib/content/related.ts ranks them). */
  relatedTo: (slug: string) => ArticleSummary[];
  media: MediaManifest;
} | null = null;

function toEntry(
  { bodyKey, sourceKey, file, format, aliases, aliasesLine, formerUrls, routeUrl, urlLine, warnings, links, remoteImages, localFiles, refs, readability, reviewLine, ...indexed }: IndexedArticle,
  media: MediaManifest,
): Entry {
  const summary = withServedImages(indexed, media, publicDir);
  // The image shown when the article is shared: our stored copy of a remote one, when there is one.
  const stored = summary.image && media[summary.image.src];
  return { summary: stored && summary.image ? { ...summary, image: { ...summary.image, src: mediaUrl(stored.file) } } : summary, bodyKey };
}

// Read once per process; read again only when the index or the stored images were replaced (`npm run
// publish` on a running server, a content build during `next dev`). Each is renamed in whole: a new inode.
function store() {
  const version = `${fileVersion(indexPath(storeDir))}/${fileVersion(path.join(mediaDir(storeDir), 'manifest.json'))}`;
  if (!loaded || loaded.version !== version) {
    const media = readMediaManifest(storeDir);
    const index = readStoreIndex(storeDir);
    const entries = index.articles.map((article) => toEntry(article, media));
    const articles = entries.map((entry) => entry.summary);
    loaded = {
      version,
      articles,
      bySlug: new Map(entries.map((entry) => [entry.summary.slug, entry])),
      pages: new Map(index.pages.map((page) => toEntry(page, media)).map((entry) => [entry.summary.slug, entry])),
      tags: groupByTag(articles),
      categories: groupByCategory(articles),
      guides: groupBySeries(articles),
      relatedTo: relatedFinder(articles),
      media,
    };
  }
  return loaded;
}

/** Our stored copy of an image from another site, or null when there is none (its download failed). */
export function getStoredImage(src: string): StoredImage | null {
  // Before any content build (a body rendered by a test or tool) nothing is stored: no copy, not an error.
  if (!fs.existsSync(indexPath(storeDir))) return null;
  return store().media[src] ?? null;
}

/** Names the content store as this process has read it: it changes whenever the index or the stored images are replaced. */
export function getStoreVersion(): string {
  return store().version;
}

/** When the served index was published (its file's modification time, ISO 8601): the build, or the
 * last `npm run publish`. Copies of a release keep it when copied with their times (cp -a, COPY). */
export function getStoreBuiltAt(): string | null {
  const stat = fs.statSync(indexPath(storeDir), { throwIfNoEntry: false });
  return stat ? stat.mtime.toISOString() : null;
}

/** Every public article, newest first. */
export function getArticles(): ArticleSummary[] {
  return store().articles;
}

/** An article's metadata without its compiled body (for page metadata, which needs no body). */
export function getArticleSummary(slug: string): ArticleSummary | null {
  return store().bySlug.get(slug)?.summary ?? null;
}

export function getArticle(slug: string): Article | null {
  const entry = store().bySlug.get(slug);
  if (!entry) return null;
  return { ...entry.summary, ...readStoreBody(storeDir, entry.bodyKey) };
}

/** An article's body as plain HTML with its URLs as written, for feeds ('' for an unknown slug). */
export function getFeedHtml(slug: string): string {
  const entry = store().bySlug.get(slug);
  return entry ? readStoreFeedHtml(storeDir, entry.bodyKey) : '';
}

/** Every public site page (content/pages: the editorial policy…), in the footer's order. Never an article. */
export function getSitePages(): ArticleSummary[] {
  return [...store().pages.values()].map((entry) => entry.summary);
}

/** A site page by its name (`editorial-policy`), with its body; null when there is none. */
export function getSitePage(name: string): Article | null {
  const entry = store().pages.get(name);
  return entry ? { ...entry.summary, ...readStoreBody(storeDir, entry.bodyKey) } : null;
}

export function getNeighbours(slug: string): Neighbours {
  return neighboursOf(getArticles(), slug);
}

/** Every tag, most used first. */
export function getTags(): Term[] {
  return byUse(store().tags.values());
}

export function getTag(slug: string): Term | null {
  return store().tags.get(slug) ?? null;
}

/** Every category, most used first. */
export function getCategories(): Term[] {
  return byUse(store().categories.values());
}

export function getCategory(slug: string): Term | null {
  return store().categories.get(slug) ?? null;
}

/** Every public article by year and month, newest first (the archives page). */
export function getArchive(): ArchiveYear[] {
  return groupByMonth(getArticles());
}

/** Every guide (a series read as one multi-page guide), by name. */
export function getGuides(): Guide[] {
  return sortGuides(store().guides.values());
}

export function getGuide(slug: string): Guide | null {
  return store().guides.get(slug) ?? null;
}

/** The guide an article's page shows (the first of its series), with the pages either side of it. */
export function getGuidePlace(slug: string): GuidePlace | null {
  const article = getArticleSummary(slug);
  return article && guidePlace(store().guides, article);
}

/** Up to three articles sharing the most series, categories and tags with this one; [] when none shares any. */
export function getRelated(slug: string): ArticleSummary[] {
  return store().relatedTo(slug);
}
