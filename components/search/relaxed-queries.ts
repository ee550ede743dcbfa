// When a search finds nothing (a misspelling, usually: "diabeties"), the searches to try for titles close
// to it. Pagefind has no spelling suggestions, but it matches the start of words, so the first part of
// each word ("diab") finds the articles a misspelt ending missed. Longest words first: they say most.
const MIN_STEM = 3;

export function relaxedQueries(term: string): string[] {
  const words = [...new Set(term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > MIN_STEM))];
  words.sort((a, b) => b.length - a.length);
  return [...new Set(words.map((word) => word.slice(0, Math.max(MIN_STEM, Math.ceil(word.length * 0.6)))))];
}
