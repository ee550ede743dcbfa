// Every URL the site links to, built in one place, as Hugo makes them: lower case, spaces as hyphens,
// slugs percent-encoded, and a trailing slash (/posts/<slug>/, /tags/<term>/, <list>/page/2/); and the
// absolute form of any of them, on the site's base URL.
import { site } from '../site';

const HOME_PATH = '/';
const POSTS_PATH = '/posts/';
const TAGS_PATH = '/tags/';
const SEARCH_PATH = '/search/';
const ARCHIVES_PATH = '/archives/';

export function urlize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[?#%/\\:"'<>|*^`{}[\]!$&()+,;=@~]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A route's URL segment as written in the URL, decoded; '' when it is not valid percent-encoding (a
 * hostile or broken link), which matches no page. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

export function homeUrl(): string {
  return HOME_PATH;
}

/** The list of every article (its page 1). */
export function postsUrl(): string {
  return POSTS_PATH;
}

export function articleUrl(slug: string): string {
  return `${POSTS_PATH}${encodeURIComponent(slug)}/`;
}

/** The list of every tag. */
export function tagsUrl(): string {
  return TAGS_PATH;
}

/** The search page (`?q=` opens it with results). */
export function searchUrl(): string {
  return SEARCH_PATH;
}

/** Every article by year and month (the search page's link for readers without JavaScript). */
export function archivesUrl(): string {
  return ARCHIVES_PATH;
}

/** A tag's page, from the tag as written ("Heart health" -> /tags/heart-health/). */
export function termUrl(name: string): string {
  return termUrlFromSlug(urlize(name));
}

/** A tag's page, from the term's slug (what the routes' params hold). */
export function termUrlFromSlug(slug: string): string {
  return `${TAGS_PATH}${encodeURIComponent(slug)}/`;
}

/** A path written in front matter (an alias, a `url`) as a site path: `old/knee.html` or `/old/knee` ->
 * `/old/knee.html`, `/old/knee/` (a slash added unless the last segment names a file). */
export function sitePath(written: string): string {
  let pathname = written.trim();
  try {
    pathname = new URL(pathname, 'http://site.invalid/').pathname;
  } catch {
    // Kept as written: the clash checks see it as it is.
  }
  return /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Page `number` of the list at `base`: page 1 is the list itself. */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${pagesUnder(base)}${number}/`;
}

/** Where a list's pages from 2 on live (`/posts/page/`). */
export function pagesUnder(base: string): string {
  return `${base}page/`;
}

/** A site path (or a path relative to `from`, or a full URL, kept as it is) as an absolute URL. */
export function absoluteUrl(pathOrUrl: string, from = HOME_PATH): string {
  return new URL(pathOrUrl, `${site.url}${from}`).href;
}

/** Where an editor previews an article, drafts included (Draft Mode only). */
export function previewUrl(slug: string): string {
  return `/preview${articleUrl(slug)}`;
}

/** Ends Draft Mode, then goes to the article's public page (or home when it has none). */
export function exitPreviewUrl(slug?: string): string {
  return `/api/preview/exit/${slug ? `?slug=${encodeURIComponent(slug)}` : ''}`;
}

/** A stored copy of an image from another site (lib/content/media.ts). */
export function mediaUrl(file: string): string {
  return `/media/${file}`;
}

export function sitemapUrl(): string {
  return '/sitemap.xml';
}

/** Part `number` (from 1) of a sitemap split past the sitemap protocol's 50,000 URLs. */
export function sitemapPartUrl(number: number): string {
  return `/sitemaps/${number}.xml`;
}

/** The RSS feed of a list (Hugo's path: /index.xml for the site, /posts/index.xml, /tags/<term>/index.xml). */
export function rssFeedUrl(listUrl: string): string {
  return `${listUrl}index.xml`;
}

export function atomFeedUrl(): string {
  return '/atom.xml';
}

export function jsonFeedUrl(): string {
  return '/feed.json';
}
