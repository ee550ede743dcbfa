// The cover and thumbnail a page shows, served from our origin with their size: a remote image becomes the
// build's stored copy, a local one is read from public/ for its size. An image that cannot be served (its
// download failed, its file is not in public/, it is not an image) is left out: the page and its cards
// show no image rather than a broken one or an empty box (the build warns about each).
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ArticleSummary, IndexedArticle, ShownImage } from './article';
import { isRemoteImage, type MediaManifest } from './media';
import { mediaUrl, previewMediaUrl } from './urls';

const MEDIA_PREFIX = mediaUrl('');
/** A bundle's file as the build stored it, named by the SHA-256 of its content (lib/content/pipeline/local-files.ts),
 * or as a draft's preview serves it (previewMediaUrl). */
const [PREVIEW_BEFORE, PREVIEW_AFTER] = previewMediaUrl('SLUG', '').split('SLUG');
const STORED_LOCAL_FILE = new RegExp(`^(${MEDIA_PREFIX}|${PREVIEW_BEFORE}[^/]+${PREVIEW_AFTER})[0-9a-f]{64}\\.`);

function isStoredLocalFile(image: ShownImage): boolean {
  return STORED_LOCAL_FILE.test(image.src);
}

/** The image a list card shows: the cover unless its flags keep it off lists, else the thumbnail. */
export function listImage(article: Pick<ArticleSummary, 'cover' | 'thumbnail'>): ShownImage | null {
  return article.cover?.inList ? article.cover.image : article.thumbnail;
}

/** The file under `publicDir` a site path names, or null when the path would leave that folder. */
function publicFile(publicDir: string, sitePath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(sitePath, 'http://site.invalid/').pathname);
  } catch {
    return null;
  }
  const file = path.join(publicDir, pathname);
  return file.startsWith(`${publicDir}${path.sep}`) ? file : null;
}

/** A local image's size in pixels, or null when its file is missing or is not an image. */
function localSize(publicDir: string, sitePath: string): { width: number; height: number } | null {
  const file = publicFile(publicDir, sitePath);
  if (!file || !fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })?.isFile()) return null;
  try {
    const { width, height } = imageSize(fs.readFileSync(/* turbopackIgnore: true */ file));
    return width && height ? { width, height } : null;
  } catch {
    // Not an image image-size can read: shown as no image, and the build says so.
    return null;
  }
}

/** The image as served from our origin with its size, or null when it cannot be served. */
export function servedImage(image: ShownImage, media: MediaManifest, publicDir: string): ShownImage | null {
  // A file of the article's bundle: the build stored it (as /media/<hash>.<ext>) and read its size.
  if (isStoredLocalFile(image)) return image;
  if (isRemoteImage(image.src)) {
    const stored = media[image.src];
    return stored ? { ...image, src: mediaUrl(stored.file), width: stored.width, height: stored.height } : null;
  }
  const size = localSize(publicDir, image.src);
  return size ? { ...image, ...size } : null;
}

/** The summary's cover and thumbnail as pages show them (see servedImage). */
export function withServedImages<T extends Pick<ArticleSummary, 'cover' | 'thumbnail'>>(summary: T, media: MediaManifest, publicDir: string): T {
  const coverImage = summary.cover && servedImage(summary.cover.image, media, publicDir);
  return {
    ...summary,
    cover: summary.cover && coverImage ? { ...summary.cover, image: coverImage } : null,
    thumbnail: summary.thumbnail && servedImage(summary.thumbnail, media, publicDir),
  };
}

/** Each article's local cover or thumbnail that is not in public/ (or is not an image), for the build's warnings. */
export function missingLocalImages(articles: Pick<IndexedArticle, 'file' | 'cover' | 'thumbnail'>[], publicDir: string): { file: string; key: 'cover' | 'thumbnail'; src: string }[] {
  return articles.flatMap((article) =>
    (['cover', 'thumbnail'] as const)
      .map((key) => ({ key, src: (key === 'cover' ? article.cover?.image : article.thumbnail)?.src }))
      .filter((image): image is { key: 'cover' | 'thumbnail'; src: string } => image.src !== undefined && !isRemoteImage(image.src) && !image.src.startsWith(MEDIA_PREFIX) && !localSize(publicDir, image.src))
      .map(({ key, src }) => ({ file: article.file, key, src })),
  );
}
