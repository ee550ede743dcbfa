// One file in, one LoadedArticle out: split front matter, validate it, compile the body. Collects the problems
// of both steps, so an editor sees everything wrong with a file in one run.
import path from 'node:path';
import type { ArticleCover, CompiledArticle, CompiledBody, IndexedArticle, LocalFile } from '../article';
import { articleUrl, sitePath } from '../urls';
import { compileBody, type Compile, type CompileInput } from './compile';
import { bodyKey, sourceKey } from './compile-cache';
import { ContentError, type ContentProblem } from './errors';
import type { SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import { checkLimits } from './limits';
import { conventionalCover, coverOf, servedCover, servedImageFile, thumbnailOf } from './cover';
import { isBundleFile, type MediaContext } from './local-media';
import { climbBound, sourceMedia } from './media-files';
import { frontMatterWarnings, misspeltKeyProblems } from './front-matter-lint';
import { readingMinutes } from './reading';
import { articleAddress, formerSlug } from './slug';
import { titleFallback } from './title-fallback';
import { validateFrontMatter, type FrontMatter } from './schema';
import { pickSummary } from './summary';
import { readabilityOf } from './readability';
import { publicationAt, scheduleOf } from './publication';
import type { RefTable } from './refs';
import { site } from '../../site';
import { articleLanguage } from '../language';


/** What the build gets for one file: its index entry and its compiled body. */
export type LoadedArticle = IndexedArticle & CompiledArticle;

export interface LoadOptions {
  /** Every article's address, for refs (refs.ts's refTable). */
  refs?: RefTable;
  /** The instant the build runs for: decides whether the article's dates hide it (scheduled or expired). */
  now?: Date;
  /** Where the site's route renders a file of this slug: /posts/<slug>/, or /<name>/ for a site page. */
  routeOf?: (slug: string) => string;
  /** A draft preview: the bundle's files are served by the preview (from the content folder), not the store. */
  preview?: boolean;
  /** Whether a file of another language than the site's is published under /<lang>/ (articles; not site pages). */
  languageSubdirs?: boolean;
}

export async function loadArticle(source: SourceFile, compile: Compile = compileBody, { refs, now = new Date(), routeOf = articleUrl, preview = false, languageSubdirs = true }: LoadOptions = {}): Promise<LoadedArticle> {
  checkLimits(source.file, source.source);
  const split = splitFrontMatter(source.file, source.source);
  const problems: ContentProblem[] = [];
  let frontMatter: FrontMatter | null = null;
  try {
    frontMatter = validateFrontMatter(source.file, split);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  // No title: Hugo's themes show the first body h1 (then not shown twice), else the file's name.
  const fallback = frontMatter && !frontMatter.title ? titleFallback(split.body, source.baseName, split.frontMatterLine) : null;
  const title = fallback?.title ?? frontMatter?.title ?? String(split.data.title ?? '');
  const bodyText = fallback?.body ?? split.body;
  const schedule = scheduleOf({ draft: frontMatter?.draft ?? false, date: frontMatter?.date?.sortKey ?? null, publishDate: frontMatter?.publishdate?.sortKey ?? null, expiryDate: frontMatter?.expirydate?.sortKey ?? null });
  const publication = publicationAt(schedule, now);
  const isPublic = publication === 'public';
  const math = (frontMatter?.math ?? false) || (frontMatter?.katex ?? false) || site.math;
  // Known before compiling: a bundle's files are served under the page's URL, and authors name them so.
  const { slug, url, routeUrl } = articleAddress({ file: source.file, baseName: source.baseName, slug: frontMatter?.slug ?? '', title, url: frontMatter?.url ?? '' }, routeOf, languageSubdirs);
  const { files, digest } = sourceMedia(source);
  const media: MediaContext = { dir: path.posix.dirname(source.file.split(path.sep).join('/')), bundle: isBundleFile(source.file), pageUrl: url, bound: climbBound(source.file), resources: frontMatter?.resources ?? [], files, ...(preview ? { servedFrom: { preview: slug } } : {}) };
  const input: CompileInput = { file: source.file, format: source.format, body: bodyText, title, refs, isPublic, math, disableHljs: frontMatter?.disablehljs ?? false, sources: frontMatter?.sources ?? [], media, params: split.data };
  let body: CompiledBody | null = null;
  try {
    // An article that is not public today is compiled like a draft: checked, its text never kept.
    body = await compile(input, { draft: !isPublic });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  const warnings = [...(fallback ? [fallback.warning] : []), ...frontMatterWarnings(split, frontMatter), ...(body?.warnings ?? [])];
  problems.push(...misspeltKeyProblems(source.file, split));
  if (problems.length > 0 || !frontMatter || !body) throw new ContentError(problems, warnings.map((warning) => ({ file: source.file, ...warning })));

  const cover = articleCover(frontMatter, split.data, media, url, title);
  const thumbnail = frontMatter.thumbnail ? servedImageFile(thumbnailOf(frontMatter.thumbnail), frontMatter.thumbnail, media) : null;
  const formerUrl = routeOf(formerSlug(source.file, frontMatter.slug, title));
  const language = articleLanguage(lowerCaseKeys(split.data), source.file, site.language, `${title} ${body.firstParagraph}`);
  return {
    slug,
    ...(language === site.language ? {} : { language }),
    url,
    routeUrl,
    urlLine: split.keyLines.get('url') ?? 1,
    sourceKey: sourceKey(source.file, source.source, digest),
    file: source.file,
    format: source.format,
    // The same old URL written twice (often once encoded, once not) is one redirect.
    aliases: [...new Set(frontMatter.aliases.map(sitePath))],
    aliasesLine: split.keyLines.get('aliases') ?? 1,
    formerUrls: formerUrl === url || formerUrl === routeUrl ? [] : [formerUrl],
    title,
    description: frontMatter.description,
    date: frontMatter.date?.date ?? null,
    dateSortKey: frontMatter.date?.sortKey ?? '',
    lastmod: frontMatter.lastmod?.date ?? null,
    publishDate: frontMatter.publishdate?.date ?? null,
    expiryDate: frontMatter.expirydate?.date ?? null,
    publishAt: schedule.publishAt,
    expiresAt: schedule.expiresAt,
    weight: frontMatter.weight,
    authors: frontMatter.author,
    tags: frontMatter.tags,
    categories: frontMatter.categories,
    keywords: frontMatter.keywords,
    series: frontMatter.series,
    seriesOrder: frontMatter.seriesorder,
    synonyms: frontMatter.synonyms,
    condition: frontMatter.condition || null,
    math,
    disableHljs: frontMatter.disablehljs,
    summary: pickSummary([frontMatter.description, frontMatter.summary, body.textBeforeMore, body.firstParagraph]),
    image: cover.cover
      ? { src: cover.served ? cover.cover.image.src : cover.written, alt: cover.cover.image.alt || title }
      : thumbnail
        ? { src: thumbnail.files.length > 0 ? thumbnail.image.src : (frontMatter.thumbnail ?? ''), alt: title }
        : null,
    cover: cover.cover,
    thumbnail: thumbnail ? { ...thumbnail.image, alt: '' } : null,
    wordCount: body.words + body.cjkCharacters,
    readingMinutes: readingMinutes(body.words, body.cjkCharacters),
    draft: frontMatter.draft,
    searchHidden: frontMatter.searchhidden,
    review: { lastReviewed: frontMatter.lastreviewed?.date ?? null, nextReview: frontMatter.nextreview?.date ?? null, reviewers: frontMatter.reviewedby },
    reviewLine: split.keyLines.get('nextreview') ?? split.keyLines.get('reviewinterval') ?? split.keyLines.get('lastreviewed') ?? 1,
    readability: readabilityOf(body.prose),
    flags: {
      showToc: frontMatter.showtoc,
      tocOpen: frontMatter.tocopen,
      hideMeta: frontMatter.hidemeta,
      showReadingTime: frontMatter.showreadingtime,
      showWordCount: frontMatter.showwordcount,
      showBreadCrumbs: frontMatter.showbreadcrumbs,
      showPostNavLinks: frontMatter.showpostnavlinks,
      hideSummary: frontMatter.hidesummary,
      showDisclaimer: frontMatter.disclaimer,
      showShare: !frontMatter.disableshare,
    },
    bodyKey: bodyKey(input),
    warnings,
    links: body.links,
    remoteImages: body.remoteImages,
    localFiles: [...body.localFiles, ...[...cover.files, ...(thumbnail?.files ?? [])].filter((file) => !body.localFiles.some((known) => known.file === file.file))],
    refs: body.refs,
    code: body.code,
    headings: body.headings,
    faq: body.faq,
  };
}

function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}

/** The article's cover: PaperMod's `cover`, else the one a theme finds by convention (cover.ts), served
 * from the store when it is a file of the content folder. `written` is its path as the front matter has it. */
function articleCover(frontMatter: FrontMatter, data: Record<string, unknown>, media: MediaContext, url: string, title: string): { cover: ArticleCover | null; written: string; served: boolean; files: LocalFile[] } {
  const written = frontMatter.cover ?? conventionalCover(data, title, media);
  if (!written) return { cover: null, written: '', served: false, files: [] };
  const { cover, files } = servedCover(coverOf(written, url), written.image, media);
  return { cover, written: written.image, served: files.length > 0, files };
}
