// "Also called: DVT, blood clot in the leg": the other names an article's subject goes by (front matter's
// `synonyms`), under its title, so a reader who knows it by another name sees they are in the right place.
export function AlsoCalled({ synonyms }: { synonyms: string[] }) {
  if (synonyms.length === 0) return null;
  return <p className="mt-2 text-muted">Also called: {synonyms.join(', ')}</p>;
}
