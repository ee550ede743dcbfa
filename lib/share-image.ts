// The image a page shows when it is shared (og:image, twitter:image, JSON-LD's image), always on the
// site's own host: an article's cover (or thumbnail) as the site serves it (a stored copy under /media/,
// or its public/ file), else a card drawn at build time with its title (app/share-cards/). The one owner
// of which image that is.
import type { ArticleSummary } from './content/article';
import { articleCardUrl, siteCardUrl } from './content/urls';
import { site } from './site';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface ShareImage {
  /** A path on this site. */
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

/** The page's own image when the site serves one: a path on this host (a remote URL the build could not store is not). */
function servedOwnImage(article: Pick<ArticleSummary, 'cover' | 'thumbnail' | 'title'>): ShareImage | null {
  const image = article.cover?.image ?? article.thumbnail;
  if (!image || !image.src.startsWith('/') || image.src.startsWith('//')) return null;
  return { url: image.src, alt: image.alt || article.title, ...(image.width && image.height ? { width: image.width, height: image.height } : {}) };
}

export function articleShareImage(article: Pick<ArticleSummary, 'cover' | 'thumbnail' | 'title' | 'slug'>): ShareImage {
  return servedOwnImage(article) ?? { url: articleCardUrl(article.slug), alt: `${article.title}: ${site.name}`, ...CARD_SIZE };
}

/** A site page (content/pages): its own image when it has one, else the site's card. */
export function sitePageShareImage(page: Pick<ArticleSummary, 'cover' | 'thumbnail' | 'title'>): ShareImage {
  return servedOwnImage(page) ?? siteShareImage();
}

/** Every other page: the site's card. */
export function siteShareImage(): ShareImage {
  return { url: siteCardUrl(), alt: `${site.name}: ${site.tagline}`, ...CARD_SIZE };
}
