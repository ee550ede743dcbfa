// `npm run build`: the content store first, then the site.
// - When only articles changed since the last full build (same code, settings and set of pages), only
//   the pages that show a changed article are rendered again: seconds, however large the site.
// - Otherwise, or with `--full`, Tailwind and `next build` build every page.
// A problem in the content stops the build before anything is written, so the last good site stays.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildInputsFingerprint } from '../lib/build/inputs';
import { planPages, type PagePlan } from '../lib/build/plan';
import { regeneratePages } from '../lib/build/regenerate';
import { readBuiltSite, writeBuiltSite, type BuiltSite } from '../lib/build/state';
import { buildContent } from '../lib/content/build';
import { describeProblems } from '../lib/content/errors';
import { storeDir } from '../lib/content/paths';
import { readStoreIndex } from '../lib/content/store';

const root = process.cwd();
const contentDir = path.resolve(process.env.PULSE_CONTENT_DIR ?? 'content/posts');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const content = await buildContent({ contentDir, storeDir });
if (content.problems.length > 0) {
  console.error(describeProblems(content.problems));
  process.exit(1);
}
console.log(`Content: ${content.articles} articles (${content.drafts} drafts left out) in ${seconds()} s.`);

const built: BuiltSite = { inputs: buildInputsFingerprint(root), articles: readStoreIndex(storeDir).articles };
const plan = process.argv.includes('--full') ? { kind: 'full' as const, reason: 'asked for (--full)' } : planBuild(readBuiltSite(root), built);

if (plan.kind === 'pages') {
  if (plan.urls.length === 0) {
    console.log('No page changed: the site in .next/ is up to date.');
    process.exit(0);
  }
  try {
    await regeneratePages(root, plan.urls);
    writeBuiltSite(root, built);
    console.log(`Only articles changed: ${plan.urls.length} page${plan.urls.length === 1 ? '' : 's'} rendered again; built in ${seconds()} s.`);
    process.exit(0);
  } catch (error) {
    console.warn(`Could not render the changed pages in place (${error instanceof Error ? error.message : error}); building every page.`);
  }
} else {
  console.log(`Building every page: ${plan.reason}.`);
}

run('tailwindcss', ['-i', 'app/globals.css', '-o', 'app/globals.generated.css', '--minify']);
run('next', ['build']);
writeBuiltSite(root, built);
console.log(`Site built in ${seconds()} s.`);

function planBuild(previous: BuiltSite | null, current: BuiltSite): PagePlan {
  if (!previous) return { kind: 'full', reason: 'no previous build in .next/' };
  if (previous.inputs !== current.inputs) return { kind: 'full', reason: 'code, styles, dependencies or settings changed since the last build' };
  return planPages(previous.articles, current.articles);
}

function run(bin: string, args: string[]): void {
  const { status } = spawnSync(path.join(root, 'node_modules', '.bin', bin), args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) process.exit(status ?? 1);
}
