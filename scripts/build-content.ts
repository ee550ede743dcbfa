// `npm run content [-- --full]`: builds the content store, or lists every problem in the content and
// exits 1. `--full` empties the compile cache first. PULSE_CONTENT_DIR builds another folder of articles
// (tests, benchmark) instead of content/posts.
// `npm run build` calls it with `--for-build`: it then also leaves what the site is built from for
// build.sh to record once `next build` has succeeded.
import { storeDir } from '../lib/content/paths';
import { buildInputsFingerprint } from './build/inputs';
import { writePendingSite } from './build/state';
import { clearCompileCache, runContentStep } from './content-step';

if (process.argv.includes('--full')) clearCompileCache();
const articles = await runContentStep();
if (process.argv.includes('--for-build')) writePendingSite(storeDir, { inputs: buildInputsFingerprint(process.cwd()), articles });
