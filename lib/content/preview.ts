// Draft preview: one article compiled from its file on each request with the build's own pipeline,
// drafts and future-dated articles included. Nothing is read from the content store or written to it, so
// a preview can never put a draft on the public site.
import type { Article } from './article';
import { withServedImages } from './images';
import { readMediaManifest } from './media';
import { contentDir, publicDir, storeDir } from './paths';
import { compileBody } from './pipeline/compile';
import { byPlace, ContentError, formatProblem, formatWarning } from './pipeline/errors';
import { articleSlugs, findArticleSource } from './pipeline/find-article';
import { closestSlugs } from './closest-slugs';
import { readArticleFiles } from './pipeline/files';
import { loadArticle } from './pipeline/load-article';
import { sourceMedia } from './pipeline/media-files';
import { refTable } from './pipeline/refs';

export type Preview =
  | { kind: 'article'; article: Article }
  /** The file has problems: each as the build prints it (`file:line:col: error: …`), its warnings among them. */
  | { kind: 'problems'; file: string; problems: string[] }
  /** No article has this slug: the closest slugs there are, most likely first. */
  | { kind: 'missing'; suggestions: string[] };

export async function previewArticle(slug: string): Promise<Preview> {
  const source = await findArticleSource(contentDir, slug);
  if (!source) return { kind: 'missing', suggestions: closestSlugs(slug, await articleSlugs(contentDir)) };
  try {
    const { bodyKey, sourceKey, file, format, aliases, aliasesLine, formerUrls, routeUrl, urlLine, warnings, links, remoteImages, localFiles, refs, ...article } = await loadArticle(source, compileBody, { refs: refTable(await readArticleFiles(contentDir), contentDir, new Date()), preview: true });
    // Its cover as the site would serve it: our stored copy, or none (never another site's).
    return { kind: 'article', article: withServedImages(article, readMediaManifest(storeDir), publicDir) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { kind: 'problems', file: source.file, problems: [...error.problems.map((problem) => ({ ...problem, text: formatProblem(problem) })), ...error.warnings.map((warning) => ({ ...warning, text: formatWarning(warning) }))].sort(byPlace).map(({ text }) => text) };
  }
}

/** A file of the previewed article's folder (a page bundle's image) by the name its preview gives it,
 * `<sha-256 of its content>.<ext>`: read from the content folder, as the article names it now. Null when
 * the article names no such file. */
export async function previewFile(slug: string, name: string): Promise<string | null> {
  const source = await findArticleSource(contentDir, slug);
  if (!source) return null;
  const found = Object.entries(sourceMedia(source).files).find(([file, media]) => media && !file.startsWith('public/') && `${media.hash}.${media.ext}` === name);
  return found?.[0] ?? null;
}
