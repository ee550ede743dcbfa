// An article's slug, as Hugo derives it: the front matter's `slug`, else the file's (or its bundle
// folder's) name without its language suffix, else the title; each as Hugo's path sanitizer writes it
// (common/paths.Sanitize, then lower case unless the site sets Hugo's disablePathToLower).
import path from 'node:path';
import { site } from '../../site';
import { splitLanguageSuffix } from '../language';
import { articleUrl, sitePath, urlize } from '../urls';

export interface ArticleAddress {
  /** The slug of the route that renders it (`x`, or `x.fa` for a translation). */
  slug: string;
  /** Where readers find it. */
  url: string;
  /** Where the route renders it; `url` differs for a `url:` or a translation, and the site rewrites `url` to it. */
  routeUrl: string;
}

/**
 * Where an article is published, as Hugo places it on a site whose default language is the site's
 * (`defaultContentLanguageInSubdir: false`): /posts/<slug>/, or /<lang>/posts/<slug>/ for a file whose
 * suffix names another language (`x.fa.md`, `index.pt-pt.md`), which the route of `<slug>.<lang>` renders
 * (the URL an earlier Pulse gave it, so that old URL redirects). A front-matter `url` wins, as in Hugo.
 * Site pages (`languageSubdirs: false`) stay at their one address.
 */
export function articleAddress(
  written: { file: string; baseName: string; slug: string; title: string; url: string },
  routeOf: (slug: string) => string = articleUrl,
  languageSubdirs = true,
): ArticleAddress {
  const slug = articleSlug(written.baseName, written.slug, written.title);
  const language = languageSubdirs ? otherLanguageOf(written.file) : null;
  const routeSlug = language ? `${slug}.${language}` : slug;
  const routeUrl = routeOf(routeSlug);
  const url = written.url ? sitePath(written.url) : language ? `/${language}${routeOf(slug)}` : routeUrl;
  return { slug: routeSlug, url, routeUrl };
}

/** The language of a file's suffix, as a lower-case URL segment (`fa`, `pt-pt`), when it is not the site's. */
function otherLanguageOf(file: string): string | null {
  const language = splitLanguageSuffix(path.basename(file, path.extname(file))).language?.toLowerCase();
  return language && language !== site.language.toLowerCase() ? language : null;
}

export function articleSlug(baseName: string, slug: string, title: string): string {
  return hugoSlug(slug || baseName) || hugoSlug(title);
}

/**
 * Hugo's Sanitize: letters, digits and marks are kept, and `.`, `_`, `+`, `~`; a run of spaces or hyphens
 * between kept characters is one hyphen; anything else goes. `/`, `\` and `#` (which Hugo keeps, as path
 * separators or a fragment) go too: a slug is one segment of /posts/<slug>/.
 */
export function hugoSlug(text: string, toLower = !site.disablePathToLower): string {
  let slug = '';
  let hyphen = false;
  for (const character of toLower ? text.trim().toLowerCase() : text.trim()) {
    if (/[\p{L}\p{N}\p{M}._+~]/u.test(character)) {
      if (hyphen && slug) slug += '-';
      hyphen = false;
      slug += character;
    } else if (character === '-' || /\s/u.test(character)) {
      hyphen = true;
    }
  }
  return slug;
}

/** The slug Pulse gave this file before it followed Hugo (its own urlize, with the language suffix kept):
 * where that differs, the old URL redirects to the new one. */
export function formerSlug(file: string, slug: string, title: string): string {
  // Then only `index` and `_index` named their folder: `index.fa.md` was `index.fa`.
  const name = path.basename(file, path.extname(file));
  const baseName = name === 'index' || name === '_index' ? path.basename(path.dirname(file)) : name;
  return urlize(slug || baseName) || urlize(title);
}
