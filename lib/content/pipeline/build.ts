// Builds the content store that pages read: every article validated and compiled once, URL clashes
// found, drafts left out. The new index is published only when every file is good, so a bad file never
// replaces the last good content (bodies of good files are kept as cache either way). `publish: false`
// only compiles, for `npm run publish`, which swaps the index in itself once it knows the change can go live.
// Site pages (content/pages) go through the same steps and land in the index's own `pages` list.
// Warnings (markup the compile step removed) never stop a build; an unchanged article reused from the
// index reports them again from its index entry, so every build lists them all until the files are fixed.
import type { IndexedArticle } from '../article';
import { sortNewestFirst } from '../navigation';
import { publishIndex, pruneBodies, pruneDraftMarks, readStoreIndexIfAny, storedBodyKeys } from '../store';
import { publishSearchPointer, pruneSearchVersions } from '../search-store';
import { compileBody, type Compile } from './compile';
import { addFormerUrls, findAliasClashes, findCustomUrlClashes } from './aliases';
import { cachedCompile, sourceKey } from './compile-cache';
import { POOL_THRESHOLD, poolSize, startCompilePool } from './compile-pool';
import { overdueReviewWarnings, readingFigures, type ReadingFigures } from './editor-checks';
import { byPlace, ContentError, type ContentProblem, type ContentWarning } from './errors';
import { readArticleFiles, type SourceFile } from './files';
import { findBrokenLinks } from './links';
import { storeLocalFiles } from './local-files';
import { sourceMedia } from './media-files';
import { loadArticle, type LoadedArticle, type LoadOptions } from './load-article';
import { publicationAt } from './publication';
import { nextScheduledChange } from '../schedule';
import { scheduleOfChecked, type DatedArticle } from './schedule-report';
import { today as dayOf } from '../review';
import { findRef, refTable, type RefTable } from './refs';
import { findSitePageClashes, loadSitePage, sortSitePages } from './site-pages';
import { writeSearchIndex, type WrittenSearchIndex } from './search-index';

export interface BuildOptions {
  contentDir: string;
  /** The site pages' folder (content/pages), if the site has one. */
  pagesDir?: string | null;
  storeDir: string;
  /** Articles loaded at once (their compiles run in the pool's workers, or in-process). */
  concurrency?: number;
  /** Worker threads compiling bodies when at least POOL_THRESHOLD files need compiling (default: one a
   * core, none on one core). 0 compiles in-process. */
  workers?: number;
  /** How many files must need compiling for the workers to start (default POOL_THRESHOLD). */
  poolThreshold?: number;
  /** Swap the new index into the store (default). */
  publish?: boolean;
  /** The instant to publish for (default: now): decides which scheduled articles are live and which expired. */
  now?: Date;
  /** Also write the search index (Pagefind) and publish it with the index (default: not). */
  search?: boolean;
  /** Called with each public article and site page as soon as it is loaded, while others still compile
   * (the content step starts its remote images' downloads from it). */
  onPublic?: (article: IndexedArticle) => void;
}

export type { DatedArticle };

export interface BuildResult {
  problems: ContentProblem[];
  /** What compiling removed from the articles (drafts included), by file and line. */
  warnings: ContentWarning[];
  /** The public articles, newest first, as the store's index holds them (empty when there were problems). */
  index: IndexedArticle[];
  /** The public site pages, in the footer's order (empty when there were problems). */
  pages: IndexedArticle[];
  articles: number;
  drafts: number;
  /** Articles whose date or publishDate is still ahead: public from that instant (at the next publish after it). */
  scheduled: DatedArticle[];
  /** Public articles with an expiryDate ahead: they come down at that instant (at the next publish after it). */
  expiring: DatedArticle[];
  /** Articles whose expiryDate has passed: no longer public. */
  expired: DatedArticle[];
  /** The first instant after `now` at which an article goes up or comes down (schedule.ts), or null. */
  nextChange: Date | null;
  /** Bodies compiled in this run; the others came from the compile cache. */
  compiled: number;
  /** Each article's reading grade and sentence length (drafts included; none for a body without running text). */
  reading: ReadingFigures[];
  /** The search index written and published with the index (when asked for and there were no problems). */
  search: WrittenSearchIndex | null;
}

export async function buildContent({ contentDir, pagesDir = null, storeDir, concurrency = 16, workers = poolSize(), poolThreshold = POOL_THRESHOLD, publish = true, now = new Date(), search: withSearch = false, onPublic }: BuildOptions): Promise<BuildResult> {
  const sources = await readArticleFiles(contentDir);
  const pageSources = pagesDir ? await readArticleFiles(pagesDir) : [];
  const refs = refTable(sources, contentDir, now);
  const today = dayOf(now);
  // Entries of the published index whose file has not changed are taken as they are: no parsing, no body read.
  const previous = readStoreIndexIfAny(storeDir);
  const known = new Map([...(previous?.articles ?? []), ...(previous?.pages ?? [])].map((article) => [article.sourceKey, article]));
  const stored = storedBodyKeys(storeDir);
  // Worked out once: it decides both whether the worker pool starts and which files are loaded.
  const reusable = new Map<SourceFile, IndexedArticle>();
  for (const source of [...sources, ...pageSources]) {
    const entry = reusableEntry(source, known, stored, refs);
    if (entry) reusable.set(source, entry);
  }
  const toLoad = sources.length + pageSources.length - reusable.size;
  const pool = workers > 0 && toLoad >= poolThreshold ? await startCompilePool(workers, refs) : null;
  let compiled = 0;
  const compile = cachedCompile(storeDir, (input) => {
    compiled++;
    return pool ? pool.compile(input) : compileBody(input);
  });
  const problems: ContentProblem[] = [];
  // The warnings of files that failed: reported with their errors, so a fix does not reveal more to fix.
  const failedWarnings: ContentWarning[] = [];
  const loadAll = (files: SourceFile[], load: (source: SourceFile, compile: Compile, options: LoadOptions) => Promise<LoadedArticle>) =>
    loadFiles(files, { reusable, concurrency, problems, warnings: failedWarnings, load: (source) => load(source, compile, { refs, now }), loaded });
  const loaded = (article: IndexedArticle) => {
    if (onPublic && publicationAt(article, now) === 'public') onPublic(article);
  };
  let articles: IndexedArticle[];
  let allPages: IndexedArticle[];
  try {
    articles = await loadAll(sources, loadArticle);
    allPages = await loadAll(pageSources, loadSitePage);
  } finally {
    await pool?.close();
  }
  const all = [...articles, ...allPages];
  const publication = new Map(all.map((article) => [article, publicationAt(article, now)]));
  const published = articles.filter((article) => publication.get(article) === 'public');
  const publishedPages = allPages.filter((page) => publication.get(page) === 'public');
  const hidden = all.filter((article) => publication.get(article) !== 'public');
  addFormerUrls(published);
  problems.push(...findUrlClashes(articles), ...findCustomUrlClashes(published), ...findAliasClashes(published), ...findSitePageClashes(publishedPages, published));
  pruneDraftMarks(storeDir, hidden.map((article) => article.bodyKey));
  const newestFirst = sortNewestFirst(published);
  const index = problems.length === 0 ? newestFirst : [];
  const pages = problems.length === 0 ? sortSitePages(publishedPages) : [];
  let search: WrittenSearchIndex | null = null;
  // Before any index is published (here, or by `npm run publish`): no page may name a file the store lacks.
  if (problems.length === 0) storeLocalFiles(storeDir, [...index, ...pages].flatMap((article) => article.localFiles ?? []));
  if (problems.length === 0 && publish) {
    // Written first: should Pagefind fail, the index and the search index stay as they were.
    if (withSearch) search = await writeSearchIndex(storeDir, index);
    publishIndex(storeDir, { articles: index, pages });
    if (search) publishSearchPointer(storeDir, search.version);
    pruneBodies(storeDir, [...index, ...pages]);
    pruneSearchVersions(storeDir);
  }
  problems.sort(byPlace);
  // A link to a scheduled or expired article is as broken as one to a draft.
  const linked = all.map((article) => ({ ...article, draft: publication.get(article) !== 'public' }));
  const warnings = [
    ...all.flatMap((article) => article.warnings.map((warning) => ({ file: article.file, ...warning }))),
    ...failedWarnings,
    ...findBrokenLinks(linked),
    // Worked out again on each build, as the day moves on: not part of an index entry's warnings.
    ...overdueReviewWarnings(all, today),
  ].sort(byPlace);
  return {
    problems,
    warnings,
    index,
    pages,
    articles: newestFirst.length,
    drafts: hidden.filter((article) => article.draft).length,
    ...scheduleOfChecked(all, now),
    nextChange: nextScheduledChange(all, now),
    compiled,
    reading: readingFigures(all),
    search,
  };
}

interface LoadFilesOptions {
  /** The published index's entries of the files that need no loading (reusableEntry). */
  reusable: ReadonlyMap<SourceFile, IndexedArticle>;
  concurrency: number;
  /** Where each file's problems go. */
  problems: ContentProblem[];
  /** Where the warnings of a file with problems go. */
  warnings: ContentWarning[];
  load: (source: SourceFile) => Promise<LoadedArticle>;
  loaded: (article: IndexedArticle) => void;
}

/** Every file's index entry: reused from the published index while its file, its body and its refs are unchanged, else loaded. */
async function loadFiles(sources: SourceFile[], { reusable, concurrency, problems, warnings, load, loaded }: LoadFilesOptions): Promise<IndexedArticle[]> {
  const entries: IndexedArticle[] = [];
  await eachWithLimit(sources, concurrency, async (source) => {
    const unchanged = reusable.get(source);
    if (unchanged) {
      entries.push(unchanged);
      loaded(unchanged);
      return;
    }
    try {
      const { code, headings, faq, ...entry } = await load(source);
      entries.push(entry);
      loaded(entry);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      warnings.push(...error.warnings);
    }
  });
  return entries;
}

/** The published index's entry for a file, when it can be taken as it is: same file text, its body still stored, its refs unchanged. */
function reusableEntry(source: SourceFile, known: Map<string, IndexedArticle>, stored: Set<string>, refs: RefTable): IndexedArticle | null {
  const unchanged = known.get(sourceKey(source.file, source.source, sourceMedia(source).digest));
  return unchanged && stored.has(unchanged.bodyKey) && refsUnchanged(unchanged, refs) ? unchanged : null;
}

/** Whether each ref of an index entry still reaches the URL it was compiled with (and a public article). */
function refsUnchanged(article: IndexedArticle, refs: RefTable): boolean {
  return (article.refs ?? []).every((ref) => {
    const target = findRef(refs, ref.target, article.file);
    return target !== undefined && !target.ambiguous && target.public && ref.url === target.url + (/#.*$/.exec(ref.target)?.[0] ?? '');
  });
}

function findUrlClashes(articles: IndexedArticle[]): ContentProblem[] {
  const byUrl = new Map<string, IndexedArticle[]>();
  // By file, so the messages are the same whatever order the articles finished compiling in.
  const byFile = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  for (const article of byFile) byUrl.set(article.url, [...(byUrl.get(article.url) ?? []), article]);
  return [...byUrl.values()]
    .filter((claimants) => claimants.length > 1)
    .flatMap((claimants) =>
      claimants.map((article) => ({
        file: article.file,
        line: 1,
        column: 1,
        message: `the URL ${article.url} is also claimed by ${claimants
          .filter((other) => other !== article)
          .map((other) => other.file)
          .join(', ')}. Rename one of the files or give it a different "slug".`,
      })),
    );
}

async function eachWithLimit<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await run(items[next++]);
  });
  await Promise.all(workers);
}
