// When a search finds nothing (a misspelling, usually: "diabeties"), the searches to try for titles close
// to it. Pagefind has no spelling suggestions, but it matches the start of words, so the first part of a
// word ("diabet") finds the articles a misspelt ending missed. For each word, longest words first (they
// say most), its stems from longer to shorter: the first stem that finds something is the one to use.
const MIN_STEM = 4;

export function relaxedQueries(term: string): string[][] {
  const words = [...new Set(term.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > MIN_STEM))];
  words.sort((a, b) => b.length - a.length);
  return words.map((word) => {
    const stems: string[] = [];
    for (let length = Math.max(MIN_STEM, Math.ceil(word.length * 0.6)); length >= MIN_STEM; length--) stems.push(word.slice(0, length));
    return stems;
  });
}
