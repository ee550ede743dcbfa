// `npm run content [-- --full]`: builds the content store, or lists every problem in the content and
// exits 1. `--full` empties the compile cache first. PULSE_CONTENT_DIR builds another folder of articles
// (tests, benchmark) instead of content/posts.
// `npm run build` calls it with `--for-build`: it then leaves the new index beside the live one
// (index.pending.json) and what the site is built from, for build.sh to switch in once `next build` has
// succeeded; bodies the live index or the new one name are kept. The search index goes the same way:
// a new version folder, named by search.pending.json, which build.sh renames to search.json.
import { storeDir } from '../lib/content/paths';
import { PENDING_INDEX, publishIndex, pruneBodies, readStoreIndexIfAny } from '../lib/content/store';
import { PENDING_SEARCH_POINTER, publishSearchPointer, pruneSearchVersions } from '../lib/content/search-store';
import { buildInputsFingerprint } from './build/inputs';
import { writePendingSite } from './build/state';
import { clearCompileCache, compileContentStep, runContentStep, stopOnSearchFailure, writeSearch } from './content-step';

if (process.argv.includes('--full')) clearCompileCache();
if (process.argv.includes('--for-build')) {
  // The live index stays until `next build` has succeeded: build.sh renames the pending one in then.
  const index = await compileContentStep();
  const search = await writeSearch(index.articles).catch(stopOnSearchFailure);
  const live = readStoreIndexIfAny(storeDir);
  publishIndex(storeDir, index, PENDING_INDEX);
  publishSearchPointer(storeDir, search.version, PENDING_SEARCH_POINTER);
  pruneSearchVersions(storeDir);
  pruneBodies(storeDir, index.articles, index.pages, live?.articles ?? [], live?.pages ?? []);
  writePendingSite(storeDir, { inputs: buildInputsFingerprint(process.cwd()), ...index });
} else {
  await runContentStep();
}
