// `npm run build`'s Node part (scripts/build.sh): builds the content store, then
// - when only articles changed since the last full build (same code, settings and set of pages), it
//   renders again just the pages that show a changed article, and exits 0: seconds, however large the site.
// - Otherwise, or with `--full`, it says why, leaves the state for the full build to record, and exits 3:
//   build.sh then runs Tailwind and `next build` for every page.
import { buildInputsFingerprint } from '../lib/build/inputs';
import { planPages, type PagePlan } from '../lib/build/plan';
import { FULL_BUILD_NEEDED, readBuiltSite, writeBuiltSite, writePendingSite, type BuiltSite } from '../lib/build/state';
import { storeDir } from '../lib/content/paths';
import { runContentStep } from './content-step';

const root = process.cwd();
const current: BuiltSite = { articles: await runContentStep(), inputs: buildInputsFingerprint(root) };
const plan = process.argv.includes('--full') ? { kind: 'full' as const, reason: 'asked for (--full)' } : planBuild(readBuiltSite(root), current);

if (plan.kind === 'pages') {
  if (plan.urls.length === 0) {
    console.log('No page changed: the site in .next/ is up to date.');
    process.exit(0);
  }
  const started = performance.now();
  try {
    // Loaded only here: a full build must not keep Next's server code in memory beside `next build`.
    const { regeneratePages } = await import('../lib/build/regenerate');
    await regeneratePages(root, plan.urls);
    writeBuiltSite(root, current);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Only articles changed: ${plan.urls.length} page${plan.urls.length === 1 ? '' : 's'} rendered again in ${seconds} s.`);
    process.exit(0);
  } catch (error) {
    console.warn(`Could not render the changed pages in place (${error instanceof Error ? error.message : error}); building every page.`);
  }
} else {
  console.log(`Building every page: ${plan.reason}.`);
}
writePendingSite(storeDir, current);
process.exit(FULL_BUILD_NEEDED);

function planBuild(previous: BuiltSite | null, next: BuiltSite): PagePlan {
  if (!previous) return { kind: 'full', reason: 'no previous build in .next/' };
  if (previous.inputs !== next.inputs) return { kind: 'full', reason: 'code, styles, dependencies or settings changed since the last build' };
  return planPages(previous.articles, next.articles);
}
