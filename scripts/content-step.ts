// The content step shared by `npm run content`, `npm run build` and `npm run publish`: compiles
// content/posts (or PULSE_CONTENT_DIR) and content/pages into the content store, or prints every problem
// and exits 1 without changing what the store publishes. Warnings are printed either way and never fail
// the step. `npm run publish` takes what the step found instead, and prints it in its own order.
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedArticle } from '../lib/content/article';
import { contentDir, pagesDir, publicDir, storeDir } from '../lib/content/paths';
import { buildContent, type BuildResult } from '../lib/content/pipeline/build';
import { isRemoteImage } from '../lib/content/media';
import { DEFAULT_POLICY, startRemoteImageDownloads, type DownloadPolicy, type RemoteImageDownloads } from '../lib/content/pipeline/remote-images';
import { aboveReadingTarget, formatReadingInfo } from '../lib/content/pipeline/editor-checks';
import { describeProblems, describeWarnings, formatWarning, type ContentProblem, type ContentWarning } from '../lib/content/pipeline/errors';
import { missingImageWarnings } from '../lib/content/pipeline/image-checks';
import { SearchIndexError, writeSearchIndex, type WrittenSearchIndex } from '../lib/content/pipeline/search-index';
import type { StoreIndex } from '../lib/content/store';
import { scheduleLines, type ScheduleFigures } from '../lib/content/pipeline/schedule-report';
import { site } from '../lib/site';

/** Compiles and publishes the store's index and the search index, once every file is good. */
export function runContentStep(): Promise<StoreIndex> {
  return contentStep(true);
}

/** What compiling the content found, for a caller that prints it in its own order (`npm run publish`). */
export interface CompiledContent {
  index: StoreIndex;
  problems: ContentProblem[];
  warnings: ContentWarning[];
  schedule: ScheduleFigures;
  /** The step's other lines (its figures, readability, remote images), to print after. */
  notes: string[];
}

/** Compiles (bodies land in the store as cache) without publishing: the caller decides when to, and
 * writes the search index with writeSearch. */
export function compileContentStep(): Promise<StoreIndex> {
  return contentStep(false);
}

/** Compiles as compileContentStep does, printing nothing: the caller reports what it found. */
export async function compileContentQuietly(): Promise<CompiledContent> {
  const found = await gather(false);
  return {
    index: found.index,
    problems: found.problems,
    warnings: [...found.warnings, ...found.imageWarnings],
    schedule: found.schedule,
    notes: found.summary ? [found.summary, ...found.reading, ...found.images] : [],
  };
}

/** Empties the compile cache (bodies, and the marks of drafts that compiled), so every article is compiled again. */
export function clearCompileCache(): void {
  for (const dir of ['bodies', 'checked-drafts']) fs.rmSync(path.join(storeDir, dir), { recursive: true, force: true });
}

async function contentStep(publish: boolean): Promise<StoreIndex> {
  const found = await gather(publish);
  if (found.problems.length > 0) {
    if (found.warnings.length > 0) console.error(`${describeWarnings(found.warnings)}\n`);
    console.error(describeProblems(found.problems));
    process.exit(1);
  }
  console.log(found.summary);
  // Left out for their dates, like drafts: named, so an editor sees when each goes up or came down.
  for (const line of scheduleLines(found.schedule, site.timeZone)) console.log(`  ${line}`);
  for (const line of found.reading) console.log(line);
  if (found.search) logSearchIndex(found.search);
  if (found.warnings.length > 0) console.error(describeWarnings(found.warnings));
  for (const line of found.images) (line.startsWith('warning:') ? console.error : console.log)(line);
  for (const warning of found.imageWarnings) console.error(formatWarning(warning));
  return found.index;
}

/** Compiles, waits for the remote images, and says what it found; the lines of a step with problems are empty. */
async function gather(publish: boolean) {
  const started = performance.now();
  // Remote images download while the articles compile; the step waits for the rest at the end (at most the budget).
  const downloads = startRemoteImageDownloads(storeDir, downloadPolicy());
  const result = await buildContent({ contentDir, pagesDir, storeDir, publish, search: publish, onPublic: (article) => downloads.add(remoteImagesOf(article)) }).catch(stopOnSearchFailure);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const good = result.problems.length === 0;
  return {
    index: { articles: result.index, pages: result.pages } satisfies StoreIndex,
    problems: result.problems,
    warnings: result.warnings,
    schedule: result as ScheduleFigures,
    search: result.search,
    summary: good ? summaryLine(result, seconds) : '',
    reading: good ? readingLines(result) : [],
    images: good ? await remoteImageLines(downloads) : [],
    imageWarnings: good ? missingImageWarnings([...result.index, ...result.pages], publicDir) : [],
  };
}

// The benchmark reads this line (bench/run.mjs).
function summaryLine(result: BuildResult, seconds: string): string {
  return `Content: ${count(result.articles, 'article')} and ${count(result.pages.length, 'site page')} (${count(result.drafts, 'draft')} left out), ${count(result.compiled, 'body', 'bodies')} compiled, in ${seconds} s.`;
}

/** Information for editors, never a failure: the articles harder to read than the site aims for. */
function readingLines(result: BuildResult): string[] {
  return aboveReadingTarget(result.reading, site.readingGradeTarget).map((figure) => formatReadingInfo(figure, site.readingGradeTarget));
}

/** Writes the search index of these articles into the store (a new version, published by the caller). */
export async function writeSearch(articles: IndexedArticle[]): Promise<WrittenSearchIndex> {
  const search = await writeSearchIndex(storeDir, articles);
  logSearchIndex(search);
  return search;
}

/** Ends the step with Pagefind's message (not a stack trace) when the search index could not be written. */
export function stopOnSearchFailure(error: unknown): never {
  if (!(error instanceof SearchIndexError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// The benchmark reads this line (bench/run.mjs).
function logSearchIndex({ documents, seconds, bytes }: WrittenSearchIndex): void {
  console.log(`Search index: ${count(documents, 'article')} in ${seconds.toFixed(1)} s, ${(bytes / 1024).toFixed(0)} KB.`);
}

/** Every image an article takes from another site: in its body, its cover, its thumbnail. */
function remoteImagesOf(article: IndexedArticle): string[] {
  return [...article.remoteImages, ...[article.image, article.cover?.image, article.thumbnail].flatMap((image) => (image && isRemoteImage(image.src) ? [image.src] : []))];
}

/** Waits for the downloads of the public articles' remote images (at most the budget); the lines that report
 * them, each image not stored once. */
async function remoteImageLines(downloads: RemoteImageDownloads): Promise<string[]> {
  const waited = performance.now();
  const { failures, named, tried } = await downloads.finish();
  if (named === 0) return [];
  const seconds = ((performance.now() - waited) / 1000).toFixed(1);
  return [
    // The integration test reads this line (tests/integration/remote-images.test.ts).
    `Remote images: ${named - failures.length} stored, ${failures.length} not stored, ${count(tried, 'download')} tried, waited ${seconds} s.`,
    ...failures.map(({ url, reason }) => `warning: could not store a copy of ${url}: ${reason}. Pages show its alt text instead; save the image beside the article.`),
  ];
}

function downloadPolicy(): DownloadPolicy {
  const { atOnce, budgetSeconds, timeoutSeconds, retryFailedAfterHours, offline } = site.remoteImages;
  return { ...DEFAULT_POLICY, atOnce, budgetMs: budgetSeconds * 1000, timeoutMs: timeoutSeconds * 1000, rememberFailureMs: retryFailedAfterHours * 3_600_000, offline };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
