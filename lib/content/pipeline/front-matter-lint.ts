// The checker's rules on front matter (`npm run content:check`; every build reports them too): an empty
// description, an article kept out of search (readers looking for it will not find it: on a health site
// that is rarely meant), and keys nothing reads (likely typos: the closest key the site reads is named). A typo of a
// key that decides what readers see or when (`tag`, `titel`, `dat`) is an error: the article would go live
// without its tags, title or schedule. Keys Hugo or PaperMod define are not typos and pass.
import type { BodyWarning } from '../article';
import { editDistance } from '../edit-distance';
import type { ContentProblem } from './errors';
import type { SplitFile } from './front-matter';
import { fieldsOf, nameOf } from './front-matter-fields';
import { FRONT_MATTER_KEYS, type FrontMatter } from './schema';

/** Keys Hugo and PaperMod give meaning to that this site does not (yet) use: not typos, so no warning. */
const HUGO_KEYS = new Set([
  'type', 'layout', 'linktitle', 'images', 'markup', 'outputs',
  'build', 'cascade', 'headless', 'iscjklanguage', 'translationkey', 'resources', 'sitemap', 'menu', 'videos', 'audio', 'canonicalurl',
  'comments', 'showrssbuttoninsectiontermlist', 'usehugotoc', 'showsharebuttons', 'showcodecopybuttons',
  'editpost', 'robotsnoindex', 'hidefooter', 'disableanchoredheadings', 'showfullcontent',
  // Covers other themes name (read by cover.ts's conventionalCover, not by the schema).
  'image', 'featured_image', 'featuredimage', 'featuredimagepreview',
]);

/** Keys whose typo changes what readers see or when: misspelt, they are errors, not warnings. */
const KEYS_THAT_MATTER = ['title', 'description', 'date', 'publishdate', 'expirydate', 'draft', 'tags', 'categories', 'series', 'slug', 'url', 'aliases'];

/** Typos this far (in edits) from a known key are named as that key: one edit in short keys, two in longer. */
const typoDistance = (key: string) => (key.length <= 4 ? 1 : 2);

/** `frontMatter` is null when the schema refused it: the other rules are still reported, with its errors. */
export function frontMatterWarnings(split: Pick<SplitFile, 'data' | 'keyLines' | 'frontMatterLine' | 'notes'>, frontMatter: FrontMatter | null): BodyWarning[] {
  const at = (key: string) => ({ line: split.keyLines.get(key) ?? split.frontMatterLine, column: 1 });
  const warnings: BodyWarning[] = [];
  if (!(frontMatter ? frontMatter.description : split.data.description)) {
    warnings.push({ ...at('description'), rule: 'description-missing', message: 'no description: search engines and shared links show one; write a sentence or two (description: "…")' });
  }
  if (frontMatter?.searchhidden) {
    warnings.push({ ...at('searchhidden'), rule: 'search-hidden', message: 'searchHidden: true keeps this article out of the site\'s search, so readers searching for it will not find it: remove the line unless that is meant' });
  }
  warnings.push(...hugoFormWarnings(split, at));
  for (const key of Object.keys(split.data)) {
    if (isKnownKey(key) || misspeltKeyThatMatters(key)) continue;
    const closest = closestKey(key, FRONT_MATTER_KEYS);
    const message = closest ? `"${key}" is not a key the site reads: did you mean "${closest}"?` : `"${key}" is not a key the site reads; it has no effect`;
    warnings.push({ ...at(key), rule: 'unknown-key', message });
  }
  return warnings;
}

/** Each key that is a typo of a key that matters, as an error naming the key it should be. */
export function misspeltKeyProblems(file: string, split: Pick<SplitFile, 'data' | 'keyLines' | 'frontMatterLine'>): ContentProblem[] {
  return Object.keys(split.data).flatMap((key) => {
    const meant = misspeltKeyThatMatters(key);
    if (!meant) return [];
    const line = split.keyLines.get(key) ?? split.frontMatterLine;
    return [{ file, line, column: 1, message: `"${key}" is not a key the site reads: it should be "${meant}". Rename it to ${meant}, or the article goes live without it.` }];
  });
}

function isKnownKey(key: string): boolean {
  return FRONT_MATTER_KEYS.includes(key) || HUGO_KEYS.has(key);
}

function misspeltKeyThatMatters(key: string): string | null {
  return isKnownKey(key) ? null : closestKey(key, KEYS_THAT_MATTER);
}

/** Values Hugo builds with and so do we, read as Hugo reads them, with a word on writing them plainly. */
function hugoFormWarnings(split: Pick<SplitFile, 'data' | 'notes'>, at: (key: string) => { line: number; column: number }): BodyWarning[] {
  const warnings: BodyWarning[] = (split.notes ?? []).map((note) => ({ ...note, rule: 'front-matter' as const }));
  const slug = split.data.slug;
  if (slug !== undefined && slug !== null && typeof slug !== 'string' && typeof slug !== 'number') {
    warnings.push({ ...at('slug'), rule: 'front-matter', message: `"slug" is not text (${JSON.stringify(slug)}), so it is ignored, as Hugo ignores it: the file name gives the URL. Remove it, or write slug: "my-article"` });
  } else if (typeof slug === 'string' && !slug.trim() && slug !== '') {
    warnings.push({ ...at('slug'), rule: 'front-matter', message: '"slug" is blank, so it is ignored, as Hugo ignores it: the file name gives the URL. Remove it, or write slug: "my-article"' });
  }
  const series = split.data.series;
  const entries = Array.isArray(series) ? series : series === undefined || series === null ? [] : [series];
  const unusable = entries.filter((entry) => typeof entry === 'object' && entry !== null && (fieldsOf(entry) === null || isNamelessMap(entry)));
  if (unusable.length > 0) {
    warnings.push({ ...at('series'), rule: 'front-matter', message: `"series" has ${unusable.length === 1 ? 'an entry' : `${unusable.length} entries`} with no name, left out: write series: ["Type 2 diabetes"], or - name: "Type 2 diabetes"` });
  }
  const authors = [split.data.author].flat().filter(isNamelessMap);
  if (authors.length > 0) {
    warnings.push({ ...at('author'), rule: 'front-matter', message: '"author" has an entry with no name, left out: write author: "Dr Amina Shah", or author: { name: "Dr Amina Shah" }' });
  }
  return warnings;
}

function isNamelessMap(value: unknown): boolean {
  const fields = fieldsOf(value);
  return fields !== null && !nameOf(fields);
}

function closestKey(key: string, candidates: readonly string[]): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const known of candidates) {
    const distance = editDistance(key, known);
    if (distance <= typoDistance(key) && (!best || distance < best.distance)) best = { key: known, distance };
  }
  return best?.key ?? null;
}
