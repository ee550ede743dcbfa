// Every URL the site links to, built in one place, as Hugo makes them: lower case, spaces as hyphens,
// slugs percent-encoded, and a trailing slash (/posts/<slug>/, /tags/<term>/, /categories/<term>/,
// /series/<guide>/, <list>/page/2/); and the absolute form of any of them, on the site's base URL.
import { site } from '../site';

const HOME_PATH = '/';
const POSTS_PATH = '/posts/';
const TAGS_PATH = '/tags/';
const CATEGORIES_PATH = '/categories/';
const ARCHIVES_PATH = '/archives/';
const SERIES_PATH = '/series/';
const HEALTH_A_Z_PATH = '/health-a-z/';
const SEARCH_PATH = '/search/';
const URGENT_HELP_PATH = '/urgent-help/';

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

/** Where to get help now: the emergency and urgent numbers (lib/site.ts's urgentHelp). */
export function urgentHelpUrl(): string {
  return URGENT_HELP_PATH;
}

/** A tag's page, from the tag as written ("Heart health" -> /tags/heart-health/). */
export function termUrl(name: string): string {
  return termUrlFromSlug(urlize(name));
}

/** A tag's page, from the term's slug (what the routes' params hold). */
export function termUrlFromSlug(slug: string): string {
  return `${TAGS_PATH}${encodeURIComponent(slug)}/`;
}

/** The list of every category. */
export function categoriesUrl(): string {
  return CATEGORIES_PATH;
}

/** A category's page, from the category as written ("Heart and circulation" -> /categories/heart-and-circulation/). */
export function categoryUrl(name: string): string {
  return categoryUrlFromSlug(urlize(name));
}

/** A category's page, from the term's slug (what the routes' params hold). */
export function categoryUrlFromSlug(slug: string): string {
  return `${CATEGORIES_PATH}${encodeURIComponent(slug)}/`;
}

/** Every article by year and month. */
export function archivesUrl(): string {
  return ARCHIVES_PATH;
}

/** One year of the archives (`2024`, or `undated`). */
export function archiveYearUrl(slug: string): string {
  return `${ARCHIVES_PATH}${encodeURIComponent(slug)}/`;
}

/** The list of every guide (Hugo's series taxonomy). */
export function guidesUrl(): string {
  return SERIES_PATH;
}

/** A guide's page, from its series as written ("Type 2 diabetes" -> /series/type-2-diabetes/). */
export function guideUrl(name: string): string {
  return guideUrlFromSlug(urlize(name));
}

/** A guide's page, from its slug (what the route's params hold). */
export function guideUrlFromSlug(slug: string): string {
  return `${SERIES_PATH}${encodeURIComponent(slug)}/`;
}

/** The health A–Z: every article under the first letter of its title and of each synonym. */
export function healthAzUrl(): string {
  return HEALTH_A_Z_PATH;
}

/** One letter of the health A–Z (`a`, or `other` for "#"). */
export function healthAzLetterUrl(slug: string): string {
  return `${HEALTH_A_Z_PATH}${encodeURIComponent(slug)}/`;
}

/** A site page from content/pages (`editorial-policy` -> /editorial-policy/). */
export function sitePageUrl(name: string): string {
  return `/${encodeURIComponent(name)}/`;
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
/** A preview link's address (`npm run preview-link`): the signed token is the only thing it carries. */
export function previewLinkUrl(token: string): string {
  return `/api/preview/link/?token=${encodeURIComponent(token)}`;
}

export function exitPreviewUrl(slug?: string): string {
  return `/api/preview/exit/${slug ? `?slug=${encodeURIComponent(slug)}` : ''}`;
}

/** The share card of a page with no image of its own: the site's name and tagline (1200×630 PNG). */
export function siteCardUrl(): string {
  return '/share-cards/site.png';
}

/** An article's share card when it has no cover: its title and the site's name (1200×630 PNG). */
export function articleCardUrl(slug: string): string {
  return `/share-cards/posts/${encodeURIComponent(slug)}.png`;
}

/** A file the content store serves: a stored copy of an image from another site, or a page bundle's file (lib/content/media.ts). */
export function mediaUrl(file: string): string {
  return `/media/${file}`;
}

/** A page bundle's file as its article's preview serves it, from the content folder (Draft Mode only). */
export function previewMediaUrl(slug: string, file: string): string {
  return `${previewUrl(slug)}media/${file}`;
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
