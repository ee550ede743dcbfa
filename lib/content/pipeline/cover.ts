// PaperMod's cover and a `thumbnail` as the model holds them: each path resolved to a site path (a remote
// URL stays as written: the build stores a copy under that name), and the cover's flags turned into where
// it shows. Sizes are read later, from the file each page is given (lib/content/images.ts).
import path from 'node:path';
import type { ArticleCover, LocalFile, ShownImage } from '../article';
import { isRemoteImage } from '../media';
import { bundleResources, isImageExtension, resolveLocal, storedFileUrl, type MediaContext } from './local-media';
import type { CoverImage } from './schema';

/** A path as Hugo reads it: from the site's root, or (`relative`) from the article's own page. A query is
 * dropped: the file in public/ is the same without it (and Next's image optimizer refuses unlisted ones). */
function imagePath(written: string, base: string): string {
  if (isRemoteImage(written)) return written;
  return new URL(written, `http://site.invalid${base}`).pathname;
}

export function coverOf(written: CoverImage, pageUrl: string): ArticleCover {
  return {
    image: { src: imagePath(written.image, written.relative ? pageUrl : '/'), alt: written.alt, width: null, height: null },
    caption: written.caption,
    inArticle: !written.hidden && !written.hiddenInSingle,
    inList: !written.hidden && !written.hiddenInList,
  };
}

/** A thumbnail sits beside its article's title on a card: decorative, so no alt text of its own. */
export function thumbnailOf(written: string): ShownImage {
  return { src: imagePath(written, '/'), alt: '', width: null, height: null };
}

/** Front-matter keys themes read a cover from when PaperMod's `cover` is not given (Stack's `image`,
 * Hugo's and Ananke's `featured_image`, LoveIt's `featuredImage`), in that order. */
const COVER_KEYS = ['image', 'featured_image', 'featuredimage'];
/** LoveIt names its cover resource so; Blowfish and Congo find theirs by file name, in this order. */
const COVER_RESOURCE_NAMES = ['featured-image', 'featured', 'cover'];
const COVER_FILE_PATTERNS = [/^feature/i, /cover/i, /thumb/i];

/** The cover a theme would show without PaperMod's `cover`, as PaperMod's would be written: a key above, a
 * resource named as a cover, or a bundle's `featured*`, `*cover*` or `*thumb*` image. Null when there is none. */
export function conventionalCover(data: Record<string, unknown>, title: string, media: MediaContext): CoverImage | null {
  const keys = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  const written = COVER_KEYS.map((key) => keys.get(key)).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const resources = bundleResources(media).filter((resource) => isImageExtension(path.posix.extname(resource.path).slice(1)));
  const named = resources.find((resource) => COVER_RESOURCE_NAMES.includes(resource.name.toLowerCase()));
  const byFile = COVER_FILE_PATTERNS.map((pattern) => resources.find((resource) => !resource.relative.includes('/') && pattern.test(resource.relative))).find(Boolean);
  const image = written?.trim() ?? named?.relative ?? byFile?.relative;
  if (!image) return null;
  return { image, alt: title, caption: '', relative: !image.startsWith('/') && !isRemoteImage(image), hidden: false, hiddenInList: false, hiddenInSingle: false };
}

/** An image as served: a file of the content folder (a bundle's image) becomes its stored copy with its
 * size, listed for the build to copy. A public/ or remote image is left for lib/content/images.ts to serve. */
export function servedImageFile(image: ShownImage, written: string, media: MediaContext): { image: ShownImage; files: LocalFile[] } {
  const target = isRemoteImage(written) ? null : resolveLocal(written, media, { image: true });
  if (target?.kind !== 'stored' || !isImageExtension(target.file.ext)) return { image, files: [] };
  const file = `${target.file.hash}.${target.file.ext}`;
  return { image: { ...image, src: storedFileUrl(file, media), width: target.file.width ?? null, height: target.file.height ?? null, alt: image.alt || target.title }, files: [{ source: target.path, file }] };
}

/** The cover as served (see servedImageFile). */
export function servedCover(cover: ArticleCover, written: string, media: MediaContext): { cover: ArticleCover; files: LocalFile[] } {
  const { image, files } = servedImageFile(cover.image, written, media);
  return { cover: { ...cover, image }, files };
}
