// `npm run dev`'s content watcher: rebuilds the content store whenever an article is saved, added or
// removed. A file with problems prints them and the last good content stays; the open page picks the new
// content up by itself (components/layout/dev-content-refresh.tsx).
import fs from 'node:fs';
import { contentDir, pagesDir, storeDir } from '../lib/content/paths';
import { buildContent } from '../lib/content/pipeline/build';
import { describeProblems } from '../lib/content/pipeline/errors';

const QUIET_MS = 150;
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> | null = null;
let again = false;

async function rebuild(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  const started = performance.now();
  running = buildContent({ contentDir, pagesDir, storeDir, search: true }).then((result) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (result.problems.length > 0) console.error(`\n${describeProblems(result.problems).replace('the site was not changed', 'the page shows the last good content')}`);
    else console.log(`Content updated: ${result.articles} articles, ${result.compiled} compiled, in ${seconds} s.`);
  });
  await running.catch((error: unknown) => console.error(error));
  running = null;
  if (again) {
    again = false;
    await rebuild();
  }
}

for (const dir of [contentDir, pagesDir ?? []].flat()) {
  fs.mkdirSync(dir, { recursive: true });
  fs.watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), QUIET_MS);
  });
  console.log(`Watching ${dir} for changes.`);
}
