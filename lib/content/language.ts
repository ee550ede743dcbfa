// An article's language and writing direction. The language is BCP 47, from front matter (`lang` or
// `language`), else Hugo's file-name suffix (`post.fa.md`), else the script its opening text is written in
// (Hugo sites moved over rarely say: a Korean post on an English site), else the site's. The direction comes from a
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

/** Hugo's language suffix of a content file name: `post.fa.md` -> `fa`, `index.zh-cn.md` -> `zh-CN`; null without one.
 * Only a language with a name counts (`node.js.md` is no language "js"), as Hugo takes only configured ones. */
export function languageOfFileName(fileName: string): string | null {
  return splitLanguageSuffix(fileName.replace(/\.mdx?$/i, '')).language;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A file's name without its extension, split as Hugo reads it: `x.fa` -> `x` and `fa`; `index.pt-pt` -> `index` and `pt-PT`. */
export function splitLanguageSuffix(name: string): { stem: string; language: string | null } {
  const match = /^(.+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$/.exec(name);
  const language = match ? canonicalLanguage(match[2]) : null;
  if (!match || !language || !LANGUAGE_NAMES.of(language)) return { stem: name, language: null };
  return { stem: match[1], language };
}

/** Scripts that name their language well enough for `lang` (screen readers' voice, fonts, line breaking),
 * in the order they are tested: kana before Han, since Japanese mixes both. Arabic script is told apart by
 * the letters Persian and Urdu add to it. Scripts shared by many languages (Latin, Cyrillic) name none. */
const SCRIPT_LANGUAGES: { pattern: RegExp; language: (text: string) => string }[] = [
  { pattern: /\p{Script=Hangul}/gu, language: () => 'ko' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, language: () => 'ja' },
  { pattern: /\p{Script=Han}/gu, language: () => 'zh' },
  { pattern: /\p{Script=Arabic}/gu, language: (text) => (/[ٹڈڑںے]/.test(text) ? 'ur' : /[پچژگکی]/.test(text) ? 'fa' : 'ar') },
  { pattern: /\p{Script=Hebrew}/gu, language: () => 'he' },
  { pattern: /\p{Script=Thai}/gu, language: () => 'th' },
  { pattern: /\p{Script=Greek}/gu, language: () => 'el' },
  { pattern: /\p{Script=Devanagari}/gu, language: () => 'hi' },
];

/** The language a text's script names, when at least a third of its letters are in that script; else null. */
export function languageOfText(text: string): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  for (const { pattern, language } of SCRIPT_LANGUAGES) {
    if ((text.match(pattern)?.length ?? 0) * 3 >= letters) return language(text);
  }
  return null;
}

/** The article's language: front matter's `lang` or `language`, the file name's suffix, the script of its
 * opening text (title and first paragraph) when that script names a language other than the site's, or the site's. */
export function articleLanguage(frontMatter: { lang?: unknown; language?: unknown }, fileName: string, siteLanguage: string, openingText = ''): string {
  for (const written of [frontMatter.lang, frontMatter.language]) {
    if (typeof written === 'string' && written.trim()) return canonicalLanguage(written) ?? siteLanguage;
  }
  const ofText = languageOfText(openingText);
  const sameLanguage = ofText && new Intl.Locale(siteLanguage).language === ofText;
  return languageOfFileName(fileName) ?? (ofText && !sameLanguage ? ofText : siteLanguage);
}

/** `lang` and `dir` for an element whose text is in `language`, on a page in `pageLanguage`: none when they match. */
export function languageAttributes(language: string, pageLanguage: string): { lang?: string; dir?: TextDirection } {
  if (language.toLowerCase() === pageLanguage.toLowerCase()) return {};
  const dir = textDirection(language);
  return dir === textDirection(pageLanguage) ? { lang: language } : { lang: language, dir };
}
