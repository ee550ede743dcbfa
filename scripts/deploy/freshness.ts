// Whether the content store changed after the build: a publish rewrites it in place (the running server
// reads it), so a release packaged afterwards from the older build would serve pages of the older content
// beside the newer store. `npm run package` refuses then.
import fs from 'node:fs';
import path from 'node:path';

/** The store's top-level files (index, search index pointer, live-site record) written after `builtAt`, as "file (time)". */
export function contentNewerThanBuild(storeDir: string, builtAt: Date): string[] {
  if (!fs.existsSync(storeDir)) return [];
  return fs
    .readdirSync(storeDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json') && !entry.name.includes('pending'))
    .map((entry) => ({ name: entry.name, changed: fs.statSync(path.join(storeDir, entry.name)).mtime }))
    .filter(({ changed }) => changed.getTime() > builtAt.getTime())
    .map(({ name, changed }) => `${path.join(storeDir, name)} (${changed.toISOString()})`);
}

/** The message `npm run package` exits with, or null when the build is at least as new as the store. */
export function staleBuildMessage(storeDir: string, buildStamp: string): string | null {
  const builtAt = fs.statSync(buildStamp).mtime;
  const newer = contentNewerThanBuild(storeDir, builtAt);
  if (newer.length === 0) return null;
  return `The content store is newer than the build (${buildStamp}, ${builtAt.toISOString()}): ${newer.join(', ')}. An article was published after the build, and a release from this build would serve the older pages. Run "npm run build" first, then "npm run package".`;
}
