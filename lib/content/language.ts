// An article's language and writing direction. The language is BCP 47, from front matter (`lang` or
// `language`), else Hugo's file-name suffix (`post.fa.md`), else the site's. The direction comes from a
// list, not from Intl.Locale's getTextInfo(): Node 20 has only the older `textInfo` getter and some
// runtimes neither, and a page's direction must not depend on where it was built.

/** Scripts written right to left (ISO 15924), for tags that name one: `ku-Arab`, `pa-Arab`. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Samr', 'Mand']);
/** Languages written right to left when the tag names no script. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr', 'arc', 'ks', 'prs', 'azb', 'lrc', 'mzn', 'glk', 'bal', 'nqo']);

export type TextDirection = 'ltr' | 'rtl';

/** A tag in its canonical form (`fa-ir` -> `fa-IR`); null when it is not BCP 47. */
export function canonicalLanguage(tag: string): string | null {
  try {
    return new Intl.Locale(tag.trim().replace(/_/g, '-')).toString();
  } catch {
    return null;
  }
}

export function textDirection(tag: string): TextDirection {
  const canonical = canonicalLanguage(tag);
  if (!canonical) return 'ltr';
  const locale = new Intl.Locale(canonical);
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** Hugo's language suffix of a content file name: `post.fa.md` -> `fa`, `index.zh-cn.md` -> `zh-CN`; null without one. */
export function languageOfFileName(fileName: string): string | null {
  const suffix = /\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.mdx?$/.exec(fileName)?.[1];
  return suffix ? canonicalLanguage(suffix) : null;
}

/** The article's language: front matter's `lang` or `language`, the file name's suffix, or the site's. */
export function articleLanguage(frontMatter: { lang?: unknown; language?: unknown }, fileName: string, siteLanguage: string): string {
  for (const written of [frontMatter.lang, frontMatter.language]) {
    if (typeof written === 'string' && written.trim()) return canonicalLanguage(written) ?? siteLanguage;
  }
  return languageOfFileName(fileName) ?? siteLanguage;
}

/** `lang` and `dir` for an element whose text is in `language`, on a page in `pageLanguage`: none when they match. */
export function languageAttributes(language: string, pageLanguage: string): { lang?: string; dir?: TextDirection } {
  if (language.toLowerCase() === pageLanguage.toLowerCase()) return {};
  const dir = textDirection(language);
  return dir === textDirection(pageLanguage) ? { lang: language } : { lang: language, dir };
}
