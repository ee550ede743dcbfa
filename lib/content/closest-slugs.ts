// The slugs an editor most likely meant when a preview names none that exists: a typo (`knee-pian`), a file
// name (`knee-pain.md`, `posts/knee-pain/index.md`) or a different case.
import { editDistance } from './edit-distance';

export function closestSlugs(given: string, slugs: readonly string[], count = 3): string[] {
  const wanted = given.trim().toLowerCase().replace(/^\/?(content\/)?(posts\/)?/, '').replace(/(\/index)?\.(md|mdx|markdown)$/, '').replace(/\/+$/, '');
  // A typo is a few edits away: up to a third of the name, at least 2.
  const reach = Math.max(2, Math.floor(wanted.length / 3));
  return slugs
    .map((slug) => ({ slug, distance: slug.toLowerCase() === wanted ? 0 : editDistance(wanted, slug.toLowerCase()) }))
    .filter(({ slug, distance }) => distance <= reach || (wanted.length >= 4 && slug.toLowerCase().includes(wanted)))
    .sort((a, b) => a.distance - b.distance || a.slug.localeCompare(b.slug))
    .slice(0, count)
    .map(({ slug }) => slug);
}
