// How hard an article is to read, for editors: the Flesch–Kincaid grade level (the US school grade whose
// readers would follow the text) and the average words per sentence, over the body's running text. The
// syllable count is the usual English heuristic (groups of vowels, a silent final e and -ed/-es
// dropped), right for most words and close enough for a whole article; no package in node_modules does it.
import type { ProseCounts, Readability } from '../article';

/** A word: letters and digits, with apostrophes and hyphens inside, and a decimal point between digits (1.5). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{N}))*/gu;
/** A sentence ends at . ! ? (or several, or …) before a space or the end of its block. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/u;

export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 1; // a number: read as one word
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0]).replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

/** Counts over blocks of running text (each a paragraph, list item or cell: a block always ends a sentence). */
export function countProse(blocks: readonly string[]): ProseCounts {
  const counts: ProseCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    for (const sentence of block.split(SENTENCE_END)) {
      const words = sentence.match(WORD) ?? [];
      if (words.length === 0) continue;
      counts.sentences += 1;
      counts.words += words.length;
      for (const word of words) counts.syllables += countSyllables(word);
    }
  }
  return counts;
}

/** The grade and sentence length, rounded to one decimal; null when there is no running text. */
export function readabilityOf({ sentences, words, syllables }: ProseCounts): Readability | null {
  if (sentences === 0 || words === 0) return null;
  const wordsPerSentence = words / sentences;
  const grade = 0.39 * wordsPerSentence + 11.8 * (syllables / words) - 15.59;
  return { grade: round(grade), wordsPerSentence: round(wordsPerSentence) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
