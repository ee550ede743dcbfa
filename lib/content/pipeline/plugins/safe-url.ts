// Which URLs an article may link to or load. Values arrive decoded (the HTML and Markdown parsers have
// already turned `jav&#x61;script:` into `javascript:`); what is left is the browser's own leniency, which
// is read here the way the URL standard reads it: tabs and newlines anywhere are dropped, and spaces and
// control characters around the URL. rehype-sanitize, which checks URLs again after us, reads them
// literally (its `protocols`); canonicalUrl writes a kept URL so that both readings agree.

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];
const LOAD_SCHEMES: readonly string[] = ['http', 'https'];
/** Raster images only: an SVG can carry script, and other data: types open as documents. */
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

export type UrlUse = 'link' | 'load' | 'image';

/** The URL as a browser reads it. */
function asBrowserReadsIt(url: string): string {
  // The URL standard strips exactly these characters.
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

/** The URL's scheme as a browser reads it, lowercased; null for a relative URL. */
export function schemeOf(url: string): string | null {
  return SCHEME.exec(asBrowserReadsIt(url))?.[1].toLowerCase() ?? null;
}

/** Why a URL may not be used this way, or null when it may. */
export function unsafeUrlReason(url: string, use: UrlUse): string | null {
  const scheme = schemeOf(url);
  if (scheme === null) return null;
  if (use === 'link') return LINK_SCHEMES.includes(scheme) ? null : 'links may only use http, https, mailto and tel';
  if (LOAD_SCHEMES.includes(scheme)) return null;
  if (use === 'image' && DATA_IMAGE.test(asBrowserReadsIt(url))) return null;
  return use === 'image' ? 'images may only use http, https, or data: PNG, JPEG, GIF, WebP or AVIF' : 'media may only use http or https';
}

/** The schemes a URL used this way may have (data: only for some images: unsafeUrlReason says which). */
export function schemesFor(use: UrlUse): string[] {
  if (use === 'link') return [...LINK_SCHEMES];
  return use === 'image' ? [...LOAD_SCHEMES, 'data'] : [...LOAD_SCHEMES];
}

/**
 * A URL as the browser reads it, written so that a literal reading agrees: a scheme lowercased and without
 * the tabs or leading spaces a browser skips (`HTTPS:`, ` https:`); a relative URL whose first colon comes
 * before any / ? or # (`week 1: rest.html`, which a literal reading takes for a scheme) behind `./`. Else as written.
 */
export function canonicalUrl(url: string): string {
  const read = asBrowserReadsIt(url);
  const scheme = SCHEME.exec(read);
  if (scheme) return scheme[0].toLowerCase() + read.slice(scheme[0].length);
  return /^[^/?#]*:/.test(url) ? `./${url}` : url;
}

/** The URLs of a srcset (`a.png 1x, b.png 2x`), given as one string or as the parser's list. */
export function srcsetUrls(value: string | readonly string[]): string[] {
  const candidates = typeof value === 'string' ? value.split(',') : value;
  return candidates.map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean);
}
