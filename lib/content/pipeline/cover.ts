// PaperMod's cover and a `thumbnail` as the model holds them: each path resolved to a site path (a remote
// URL stays as written: the build stores a copy under that name), and the cover's flags turned into where
// it shows. Sizes are read later, from the file each page is given (lib/content/images.ts).
import type { ArticleCover, ShownImage } from '../article';
import { isRemoteImage } from '../media';
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
