// The content step shared by `npm run content` and `npm run build`: builds the content store from
// content/posts (or PULSE_CONTENT_DIR), or prints every problem and exits 1 without changing anything.
import path from 'node:path';
import { buildContent } from '../lib/content/build';
import { describeProblems } from '../lib/content/errors';
import { storeDir } from '../lib/content/paths';
import type { IndexedArticle } from '../lib/content/store';

/** The published index, once every file is good. */
export async function runContentStep(): Promise<IndexedArticle[]> {
  const contentDir = path.resolve(process.env.PULSE_CONTENT_DIR ?? 'content/posts');
  const started = performance.now();
  const result = await buildContent({ contentDir, storeDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.problems.length > 0) {
    console.error(describeProblems(result.problems));
    process.exit(1);
  }
  console.log(`Content: ${result.articles} articles (${result.drafts} drafts left out) in ${seconds} s.`);
  return result.index;
}
