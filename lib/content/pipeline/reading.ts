// Reading time as Hugo computes it: 213 words a minute (and 500 characters a minute for CJK text), rounded up.
const WORDS_PER_MINUTE = 213;
const CJK_CHARACTERS_PER_MINUTE = 500;

export function readingMinutes(words: number, cjkCharacters = 0): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE + cjkCharacters / CJK_CHARACTERS_PER_MINUTE));
}
