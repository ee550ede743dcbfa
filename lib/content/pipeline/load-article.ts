// One file in, one LoadedArticle out: split front matter, validate it, compile the body. Collects the problems
// of both steps, so an editor sees everything wrong with a file in one run.
import type { CompiledArticle, CompiledBody, IndexedArticle } from '../article';
import { articleUrl, sitePath } from '../urls';
import { compileBody, type Compile, type CompileInput } from './compile';
import { bodyKey, sourceKey } from './compile-cache';
import { ContentError, type ContentProblem } from './errors';
import type { SourceFile } from './files';
import { splitFrontMatter } from './front-matter';
import { checkLimits } from './limits';
import { coverOf, thumbnailOf } from './cover';
import { frontMatterWarnings } from './front-matter-lint';
import { readingMinutes } from './reading';
import { articleSlug } from './slug';
import { validateFrontMatter, type FrontMatter } from './schema';
import { pickSummary } from './summary';
import { readabilityOf } from './readability';
import { publicationOf, today as buildDay } from './publication';
import type { RefTable } from './refs';
import { site } from '../../site';
import { articleLanguage } from '../language';


/** What the build gets for one file: its index entry and its compiled body. */
export type LoadedArticle = IndexedArticle & CompiledArticle;

export interface LoadOptions {
  /** Every article's address, for refs (refs.ts's refTable). */
  refs?: RefTable;
  /** The day the build runs, `YYYY-MM-DD`: decides whether publishDate and expiryDate hide the article. */
  today?: string;
  /** Where the site's route renders a file of this slug: /posts/<slug>/, or /<name>/ for a site page. */
  routeOf?: (slug: string) => string;
}

export async function loadArticle(source: SourceFile, compile: Compile = compileBody, { refs, today = buildDay(), routeOf = articleUrl }: LoadOptions = {}): Promise<LoadedArticle> {
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
  const title = frontMatter?.title ?? String(split.data.title ?? '');
  const publication = frontMatter ? publicationOf({ draft: frontMatter.draft, publishDate: frontMatter.publishdate?.date ?? null, expiryDate: frontMatter.expirydate?.date ?? null }, today) : 'public';
  const isPublic = publication === 'public';
  const math = (frontMatter?.math ?? false) || site.math;
  const input: CompileInput = { file: source.file, format: source.format, body: split.body, title, refs, isPublic, math, disableHljs: frontMatter?.disablehljs ?? false, sources: frontMatter?.sources ?? [], params: split.data };
  let body: CompiledBody | null = null;
  try {
    // An article that is not public today is compiled like a draft: checked, its text never kept.
    body = await compile(input, { draft: !isPublic });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || !frontMatter || !body) throw new ContentError(problems);

  const slug = articleSlug(source.baseName, frontMatter.slug, frontMatter.title);
  const url = frontMatter.url ? sitePath(frontMatter.url) : routeOf(slug);
  const language = articleLanguage(lowerCaseKeys(split.data), source.file, site.language, `${frontMatter.title} ${body.firstParagraph}`);
  return {
    slug,
    ...(language === site.language ? {} : { language }),
    url,
    routeUrl: routeOf(slug),
    urlLine: split.keyLines.get('url') ?? 1,
    sourceKey: sourceKey(source.file, source.source),
    file: source.file,
    format: source.format,
    // The same old URL written twice (often once encoded, once not) is one redirect.
    aliases: [...new Set(frontMatter.aliases.map(sitePath))],
    aliasesLine: split.keyLines.get('aliases') ?? 1,
    title: frontMatter.title,
    description: frontMatter.description,
    date: frontMatter.date?.date ?? null,
    dateSortKey: frontMatter.date?.sortKey ?? '',
    lastmod: frontMatter.lastmod?.date ?? null,
    publishDate: frontMatter.publishdate?.date ?? null,
    expiryDate: frontMatter.expirydate?.date ?? null,
    weight: frontMatter.weight,
    authors: frontMatter.author,
    tags: frontMatter.tags,
    categories: frontMatter.categories,
    keywords: frontMatter.keywords,
    series: frontMatter.series,
    seriesOrder: frontMatter.seriesorder,
    synonyms: frontMatter.synonyms,
    math,
    disableHljs: frontMatter.disablehljs,
    summary: pickSummary([frontMatter.description, frontMatter.summary, body.textBeforeMore, body.firstParagraph]),
    image: frontMatter.cover
      ? { src: frontMatter.cover.image, alt: frontMatter.cover.alt || frontMatter.title }
      : frontMatter.thumbnail
        ? { src: frontMatter.thumbnail, alt: frontMatter.title }
        : null,
    cover: frontMatter.cover ? coverOf(frontMatter.cover, url) : null,
    thumbnail: frontMatter.thumbnail ? thumbnailOf(frontMatter.thumbnail) : null,
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
    warnings: [...frontMatterWarnings(split, frontMatter, today), ...body.warnings],
    links: body.links,
    remoteImages: body.remoteImages,
    refs: body.refs,
    code: body.code,
    headings: body.headings,
    faq: body.faq,
  };
}

function lowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
}
