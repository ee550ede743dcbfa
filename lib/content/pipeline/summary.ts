// The summary shown in lists: as PaperMod picks it, cut to a readable length at a word boundary.
const MAX_SUMMARY_CHARACTERS = 300;

export function pickSummary(candidates: string[]): string {
  const chosen = candidates.map((text) => text.replace(/\s+/g, ' ').trim()).find(Boolean) ?? '';
  if (chosen.length <= MAX_SUMMARY_CHARACTERS) return chosen;
  const cut = chosen.slice(0, MAX_SUMMARY_CHARACTERS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_SUMMARY_CHARACTERS / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
