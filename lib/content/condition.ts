// The name the health A–Z files an article under: the condition it is about. Front matter's `condition`
// when given; else the title without a leading question ("What Is Type 2 Diabetes?" is "Type 2 diabetes"),
// so a reader looking for diabetes finds it under T, not under W.

/** Questions a health title starts with, longest first so "What is a" wins over "What is". */
const LEADING_QUESTION = /^(?:what\s+(?:is|are)(?:\s+(?:a|an|the))?|how\s+to|how\s+(?:do|does|can|should)\s+(?:i|you|we)|why\s+(?:is|are|do|does)|why|when\s+to|when\s+should\s+(?:i|you)|should\s+i|can\s+i|do\s+i\s+have)\s+/i;

/** A word in title case ("Diabetes"), which the A–Z writes in lower case; "GP", "COVID-19", "HbA1c" keep theirs. */
const TITLE_CASE_WORD = /^\p{Lu}[\p{Ll}'’-]*$/u;

/** The condition named by a title: the title without its leading question and final "?", in sentence
 * case; a title that asks nothing is the name as written. */
export function conditionFromTitle(title: string): string {
  const trimmed = title.trim();
  const rest = trimmed.replace(LEADING_QUESTION, '');
  if (rest === trimmed || rest === '') return trimmed;
  const words = rest.replace(/\s*\?+$/, '').split(/\s+/);
  const [first = '', ...others] = words;
  const sentence = [first.charAt(0).toUpperCase() + first.slice(1), ...others.map((word) => (TITLE_CASE_WORD.test(word) ? word.toLowerCase() : word))];
  return sentence.join(' ');
}

/** The A–Z name of an article: its `condition`, else the condition its title names. */
export function articleCondition(article: { title: string; condition?: string | null }): string {
  return article.condition?.trim() || conditionFromTitle(article.title);
}
