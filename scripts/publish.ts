// `npm run publish`: puts every content change live on the running server in seconds, with no `next build`
// and no restart, through Next's on-demand revalidation: an edited article, a new one, a removed or renamed
// one, a new or emptied tag, a list gaining or losing a page, changed aliases.
//   1. compiles the content (only changed bodies; a bad file stops here and nothing changes);
//   2. works out which pages show a changed article, and which pages are gone (scripts/build/plan.ts);
//   3. publishes the new content store (the server's proxy then routes new, gone and moved URLs from it),
//      asks the server (POST /api/revalidate) to render those pages again and to drop the gone ones, and
//      requests each page so the first reader gets the new one;
//   4. writes the search index of the new content and points the store at it (after the pages are live:
//      Pagefind takes seconds at thousands of articles; until then search finds the previous text).
// When the code changed since the last build, or a site page (content/pages: a static route, linked from
// every page's footer) comes, goes or is retitled, it changes nothing and exits 3: that needs
// `npm run build` and a restart.
// The server is PULSE_SERVER_URL (default http://127.0.0.1:$PORT, port 3000); both sides share REVALIDATE_SECRET.
import { storeDir } from '../lib/content/paths';
import { pruneBodies, publishIndex, readStoreIndex } from '../lib/content/store';
import { publishSearchPointer, pruneSearchVersions } from '../lib/content/search-store';
import { buildInputsFingerprint } from './build/inputs';
import { mergePlans, planPages, planSitePages } from './build/plan';
import { takeLock } from './build/lock';
import { FULL_BUILD_NEEDED, readLiveSite, writeLiveSite } from './build/state';
import { renderPages, requestRevalidation, serverOrigin } from './build/revalidate-client';
import { refreshCachesInFront } from './build/proxy-refresh';
import { servesThisStore } from './build/served-store';
import { assertRedisReachable } from './build/shared-cache-check';
import { compileContentQuietly, writeSearch } from './content-step';
import { publishReport, type PublishOutcome } from './build/publish-report';
import { site } from '../lib/site';

const root = process.cwd();
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const lock = takeLock(storeDir, 'publish');
if (!lock.ok) stop(1, `Another "npm run publish" is running (process ${lock.holder}). Run this one again once it has finished.`);
const built = readLiveSite(storeDir);
if (!built) stop(FULL_BUILD_NEEDED, 'No site has been built here yet. Run "npm run build", then "npm start".');
if (built.inputs !== buildInputsFingerprint(root)) {
  stop(FULL_BUILD_NEEDED, 'The code, styles, dependencies or settings changed since the last build; publishing only updates content. Run "npm run build" and restart the server.');
}
const secret = process.env.REVALIDATE_SECRET;
if (!secret) stop(1, 'REVALIDATE_SECRET is not set. Start the server and run this command with the same REVALIDATE_SECRET.');

// With REDIS_URL the replicas share their pages through Redis: without it a publish would reach one replica.
await assertRedisReachable().catch((error: unknown) => stop(1, messageOf(error)));

const compiled = await compileContentQuietly();
// Only the warnings of the files this publish changes are shown (`--all`: every file's), after the result.
const builtKeys = new Map([...built.articles, ...built.pages].map((article) => [article.file, article.sourceKey]));
const changedFiles = new Set([
  ...[...compiled.index.articles, ...compiled.index.pages].filter((article) => builtKeys.get(article.file) !== article.sourceKey).map((article) => article.file),
  ...compiled.problems.map((problem) => problem.file),
]);
const report = (outcome: PublishOutcome) => {
  const lines = publishReport({ outcome, warnings: compiled.warnings, changedFiles, all: process.argv.includes('--all'), schedule: compiled.schedule, timeZone: site.timeZone });
  (outcome.kind === 'refused' ? console.error : console.log)(lines.join('\n'));
  if (compiled.notes.length > 0) console.log(`\n${compiled.notes.join('\n')}`);
};
if (compiled.problems.length > 0) {
  const files = new Set(compiled.problems.map((problem) => problem.file)).size;
  report({ kind: 'refused', reason: `${compiled.problems.length} problem${compiled.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}, listed below: fix them and publish again`, problems: compiled.problems });
  process.exit(1);
}
const index = compiled.index;
const { articles } = index;
const plan = mergePlans(planPages(built.articles, articles), planSitePages(built.pages, index.pages));
if (plan.kind === 'full') stop(FULL_BUILD_NEEDED, `Nothing was published: ${plan.reason}. Run "npm run build" and restart the server.`);
if (plan.urls.length === 0 && plan.gone.length === 0) {
  report({ kind: 'nothing' });
  process.exit(0);
}

const origin = serverOrigin();
const live = readStoreIndex(storeDir);
// Next revalidates a page by its route's path, not by a URL that rewrites to it (an article's own `url`).
const routeOf = new Map([...built.articles, ...articles].map((article) => [article.url, article.routeUrl]));
const routes = [...plan.urls, ...plan.gone].map((url) => routeOf.get(url) ?? url);
try {
  await requestRevalidation(origin, secret, []);
} catch (error) {
  stop(1, `${messageOf(error)}\nNothing was published; the live site is as it was.`);
}
publishIndex(storeDir, index);
// A server that reads another copy of the content store (a release/ folder of its own) would render the
// pages again from its old copy.
let ownStore = true;
try {
  await requestRevalidation(origin, secret, routes);
  await renderPages(origin, plan.urls);
  ownStore = await servesThisStore(origin, storeDir);
} catch (error) {
  // Put back the content the site was showing, and render those pages from it again.
  publishIndex(storeDir, live);
  await requestRevalidation(origin, secret, routes).catch(() => undefined);
  stop(1, `${messageOf(error)}\nNothing was published: the content store is as it was, and those pages are rendered from it again.`);
}
const pages = (count: number) => `${count} page${count === 1 ? '' : 's'}`;
if (!ownStore) {
  report({ kind: 'refused', reason: `${origin} reads another copy of the content store (its /api/health names another index), so it still serves the pages as before: publish from the folder it serves, or give the replicas one store (deploy/README.md)`, problems: [] });
  process.exitCode = 1;
} else {
  report({ kind: 'published', origin, seconds: seconds(), live: plan.urls, gone: plan.gone });
}
try {
  const front = await refreshCachesInFront([...plan.urls, ...plan.gone]);
  if (front.refreshed.length > 0) console.log(`Refreshed ${pages(front.refreshed.length)} in the proxy cache.`);
  if (front.purged.length > 0) console.log(`Sent ${front.purged.length} URL${front.purged.length === 1 ? '' : 's'} to the purge webhook.`);
} catch (error) {
  console.error(`${messageOf(error)}\nThe pages are live on the server.`);
  process.exitCode = 1;
}
try {
  const search = await writeSearch(articles);
  publishSearchPointer(storeDir, search.version);
} catch (error) {
  // The live site record is left as it was, so running publish again plans these pages again and retries.
  stop(1, `${messageOf(error)}\nThe pages are live; search still finds the articles as they were. Run "npm run publish" again.`);
}
pruneBodies(storeDir, index.articles, index.pages);
writeLiveSite(storeDir, { inputs: built.inputs, ...index });
pruneSearchVersions(storeDir);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stop(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}
