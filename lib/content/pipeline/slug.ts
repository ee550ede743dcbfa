// An article's slug, as Hugo derives it: the front matter's `slug`, else the file's (or its bundle
// folder's) name without its language suffix, else the title; each as Hugo's path sanitizer writes it
// (common/paths.Sanitize, then lower case unless the site sets Hugo's disablePathToLower).
import path from 'node:path';
import { site } from '../../site';
import { urlize } from '../urls';

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
  const name = path.basename(file, path.extname(file));
  const baseName = /^_?index(\.|$)/.test(name) ? path.basename(path.dirname(file)) : name;
  return urlize(slug || baseName) || urlize(title);
}
