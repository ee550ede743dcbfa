// The health A–Z: every article under the first letter of the condition it is about (lib/content/condition.ts:
// "What Is Type 2 Diabetes?" is under T), and again under the first letter of each of its synonyms ("Heart
// attack, see Myocardial infarction"). Every letter A to Z is kept, empty or
// not, so the letter bar always reads A to Z; names that start with a digit or a letter outside the Latin
// alphabet (after accents are set aside: "Éczema" is under E) go under "#", after Z. /health-a-z/ shows the
// letters with their counts; each letter with entries is a page of its own (/health-a-z/d/, /health-a-z/other/).
import type { ArticleSummary } from './article';
import { articleCondition } from './condition';

export const OTHER_GROUP = '#';
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', OTHER_GROUP];

/** One line of the A–Z: an article by its condition, or by a synonym (`see` is then the article's condition). */
export interface AzEntry {
  name: string;
  see: string | null;
  url: string;
}

export interface AzGroup {
  letter: string;
  /** The group's anchor on the page (`letter-a`, `letter-other`). */
  id: string;
  /** The group's part of its page's URL (`a`, `other`). */
  slug: string;
  entries: AzEntry[];
}

/** The group a name is listed under: its first letter or digit, accents removed, as a capital A–Z or "#". */
export function azLetterOf(name: string): string {
  const first = /[\p{L}\p{N}]/u.exec(name.normalize('NFD'))?.[0] ?? '';
  const letter = first.toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : OTHER_GROUP;
}

export function azLetterSlug(letter: string): string {
  return letter === OTHER_GROUP ? 'other' : letter.toLowerCase();
}

export function azGroupId(letter: string): string {
  return `letter-${azLetterSlug(letter)}`;
}

/** Every group, A to Z then "#", each sorted as the site's language sorts names (empty groups included). */
export function healthAz(articles: (Pick<ArticleSummary, 'title' | 'url' | 'synonyms'> & Partial<Pick<ArticleSummary, 'condition'>>)[], language: string): AzGroup[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const entries = articles.flatMap((article): AzEntry[] => {
    const condition = articleCondition(article);
    return [
      { name: condition, see: null, url: article.url },
      ...article.synonyms
        .filter((synonym) => collator.compare(synonym, condition) !== 0)
        .map((synonym) => ({ name: synonym, see: condition, url: article.url })),
    ];
  });
  const byName = (a: AzEntry, b: AzEntry) => collator.compare(a.name, b.name) || collator.compare(a.see ?? '', b.see ?? '') || a.url.localeCompare(b.url);
  // Each entry's letter worked out once (not once per letter: 27 passes took seconds at 10,000 articles).
  const byLetter = new Map<string, AzEntry[]>(LETTERS.map((letter) => [letter, []]));
  for (const entry of entries) byLetter.get(azLetterOf(entry.name))!.push(entry);
  return LETTERS.map((letter) => ({ letter, id: azGroupId(letter), slug: azLetterSlug(letter), entries: byLetter.get(letter)!.sort(byName) }));
}
