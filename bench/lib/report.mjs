// Writes the figures down: bench/results.json for machines, BENCHMARKS.md for people.
import fs from 'node:fs';
import path from 'node:path';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const size = (bytes) => (bytes < 1024 * 1024 ? kb(bytes) : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const s = (seconds) => `${seconds.toFixed(1)} s`;
const mark = (ok) => (ok === null ? 'for information' : ok ? '✅ met' : '❌ missed');
const phases = (p = {}) => [p.content, p.nextCompile, p.nextPrerender].map((value) => (value === undefined ? '–' : s(value))).join(' / ');
const edit = (build, kind) => (build.editToLive ?? []).find((e) => e.edit === kind);
const EDIT_LABELS = { body: "one article's text changed", title: "one article's title changed", new: 'a new article' };
// An edit-to-live figure, or what went wrong when the page never showed the edit.
const live = (e) => (e.live ? s(e.seconds) : `not live (publish exit ${e.publishExit}, gave up after ${s(e.seconds)})`);

/** The target rows for one corpus size's edit-to-live runs and warm full build. */
function editRows(b, n) {
  const rows = [];
  const body = edit(b, 'body');
  const title = edit(b, 'title');
  if (body) rows.push([`edit-to-live, ${EDIT_LABELS.body} (${n})`, '≤ 3 s', `${live(body)}, ${body.pagesPublished ?? '?'} page(s) published`, body.live && body.seconds <= 3]);
  if (title) rows.push([`edit-to-live, ${EDIT_LABELS.title} (${n})`, 'none (the lists and tag pages that show it and its neighbours render again too)', `${live(title)}, ${title.pagesPublished ?? '?'} page(s) published`, null]);
  const added = edit(b, 'new');
  if (added) rows.push([`edit-to-live, ${EDIT_LABELS.new} (${n})`, '≤ 5 s, no build', `${live(added)}, ${added.pagesPublished ?? '?'} page(s) published`, added.live && added.seconds <= 5]);
  if (b.warmFull) {
    rows.push([`warm full build, 1 article changed (${n})`, `≤ 25 % of cold (${s(b.cold.seconds * 0.25)})`, `${s(b.warmFull.seconds)} (${Math.round((100 * b.warmFull.seconds) / b.cold.seconds)} %)`, b.warmFull.seconds <= b.cold.seconds * 0.25]);
  }
  return rows;
}

/** One row per target of the benchmark issue. */
export function targetRows(r) {
  const rows = [];
  const b1 = r.builds.n1000;
  const b5 = r.builds.n5000;
  if (b1) {
    rows.push(['cold build, 1000 articles', '≤ 20 s', s(b1.cold.seconds), b1.cold.seconds <= 20]);
    rows.push(...editRows(b1, 1000));
    // Paginated lists (a page of articles) against the raw size; every list page, the ones that list every
    // article by name included (archives, A–Z), against the gzipped size (issue #19).
    const paginated = b1.listPages.filter((p) => p.paginated !== false);
    const largest = Math.max(...paginated.map((p) => p.htmlBytes));
    rows.push(['paginated list pages at N=1000 (largest HTML)', '≤ 60 KB each', kb(largest), largest <= 60 * 1024]);
    const largestGzip = b1.listPages.reduce((a, p) => (p.htmlGzipBytes > a.htmlGzipBytes ? p : a));
    rows.push(['every list page at N=1000 (largest HTML, gzipped)', '≤ 60 KB gzipped', `${kb(largestGzip.htmlGzipBytes)} (${largestGzip.path})`, largestGzip.htmlGzipBytes <= 60 * 1024]);
  }
  if (b1 && b5) {
    const ratio = b5.cold.seconds / b1.cold.seconds;
    rows.push(['cold build, 5000 articles', `≤ 5.5 × the 1000 figure (${s(b1.cold.seconds * 5.5)})`, `${s(b5.cold.seconds)} (${ratio.toFixed(2)} ×)`, ratio <= 5.5]);
    rows.push(...editRows(b5, 5000));
    for (const b of [b1, b5].filter((build) => build.firstRequest)) {
      const { firstMs, secondMs, url } = b.firstRequest;
      rows.push([`first request of an article not prerendered (${b.articles})`, '≤ 300 ms (the issue sets it at 10,000)', `${firstMs.toFixed(0)} ms, then ${secondMs.toFixed(0)} ms from the cache (${url})`, firstMs <= 300]);
    }
    const peak = Math.max(b5.cold.peakRssBytes, b5.warmFull?.peakRssBytes ?? 0);
    rows.push(['peak memory of the build at 5000', '≤ 1.5 GB', mb(peak), peak <= 1.5 * 1024 ** 3]);
  }
  const b10 = r.builds.n10000;
  if (b1 && b10) {
    const ratio = b10.cold.seconds / b1.cold.seconds;
    rows.push(['cold build, 10,000 articles', `≤ 3 × the 1000 figure (${s(b1.cold.seconds * 3)})`, `${s(b10.cold.seconds)} (${ratio.toFixed(2)} ×)`, ratio <= 3]);
    const nextPhases = (b) => (b.cold.phases?.nextCompile ?? NaN) + (b.cold.phases?.nextPrerender ?? NaN);
    const growth = nextPhases(b10) / nextPhases(b1);
    rows.push(["Next's own phases (compile + prerender), 10,000 against 1000", '≤ 1.2 ×', `${s(nextPhases(b10))} against ${s(nextPhases(b1))} (${growth.toFixed(2)} ×)`, growth <= 1.2]);
    rows.push(...editRows(b10, 10000));
    if (b10.firstRequest) {
      const { firstMs, secondMs, url } = b10.firstRequest;
      rows.push(['first request of an article not prerendered (10,000)', '≤ 300 ms', `${firstMs.toFixed(0)} ms, then ${secondMs.toFixed(0)} ms from the cache (${url})`, firstMs <= 300]);
    }
    const peak = Math.max(b10.cold.peakRssBytes, b10.warmFull?.peakRssBytes ?? 0);
    rows.push(['peak memory of the build at 10,000', '≤ 1.5 GB', mb(peak), peak <= 1.5 * 1024 ** 3]);
    const largest = (b10.listPages ?? []).reduce((a, p) => (p.htmlGzipBytes > (a?.htmlGzipBytes ?? -1) ? p : a), null);
    if (largest) rows.push(['largest list page at 10,000, gzipped', '≤ 60 KB', `${kb(largest.htmlGzipBytes)} (${largest.path})`, largest.htmlGzipBytes <= 60 * 1024]);
  }
  const ownRelease = r.builds.site?.release?.releaseBytes;
  for (const b of Object.values(r.builds).filter((build) => build.release && build.articles)) {
    const { releaseBytes, storeBytes } = b.release;
    const limit = ownRelease === undefined ? null : storeBytes + 1.5 * ownRelease;
    rows.push([`release size (${b.articles})`, limit === null ? 'content store + 1.5 × the default content\'s release' : `≤ ${mb(limit)} (store ${mb(storeBytes)} + 1.5 × ${mb(ownRelease)})`, `${mb(releaseBytes)} (content store ${mb(storeBytes)})`, limit === null ? null : releaseBytes <= limit]);
  }
  if (r.seed) {
    rows.push(['seed article HTML, gzipped', '≤ 12 KB', kb(r.seed.htmlGzipBytes), r.seed.htmlGzipBytes <= 12 * 1024]);
    rows.push(['first-load JS of an article, gzipped', '≤ 140 KB', kb(r.seed.firstLoadJsGzipBytes), r.seed.firstLoadJsGzipBytes <= 140 * 1024]);
  }
  for (const lh of r.lighthouse ?? []) {
    const scores = `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}, TBT ${lh.tbtMs} ms, CLS ${lh.cls}`;
    // On the seed, the one audit allowed to fail is the console error of its remote image (no internet here).
    const allowed = lh.allowedFailures ?? [];
    const bestPracticesOk = lh.bestPractices === 100 || lh.failedBestPracticeAudits.every((id) => allowed.includes(id));
    const perfect = lh.performance === 100 && lh.accessibility === 100 && bestPracticesOk && lh.seo === 100 && lh.tbtMs === 0 && lh.cls === 0;
    const target = `100 / 100 / 100 / 100, TBT 0 ms, CLS 0${allowed.length ? ` (allowed to fail: ${allowed.join(', ')})` : ''}`;
    rows.push([`Lighthouse mobile, ${lh.label}`, target, scores, perfect]);
  }
  const seedLoad = (r.load ?? []).find((l) => l.label === 'seed article');
  if (seedLoad) {
    rows.push(['`npm start` (next start), seed article, c=50', '≥ 2,500 req/s, p99 ≤ 50 ms, 0 errors', `${seedLoad.requestsPerSecond} req/s, p99 ${seedLoad.latencyP99Ms} ms, ${seedLoad.errors} errors`, seedLoad.requestsPerSecond >= 2500 && seedLoad.latencyP99Ms <= 50 && seedLoad.errors === 0]);
  }
  return rows;
}

export function writeReports(root, results) {
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` (bench/run.mjs) on ${results.date}, commit \`${results.commit}\`, on ${results.machine.description}.`,
    'Every figure below is in bench/results.json too. Synthetic corpora: `bench/gen-articles.mjs --seed 42`, 90 % Markdown and 10 % MDX.',
    '',
    '## Against the targets',
    '',
    '| measure | target | measured | |',
    '|---|---|---|---|',
    ...targetRows(results).map(([measure, target, value, ok]) => `| ${measure} | ${target} | ${value} | ${mark(ok)} |`),
    '',
    '## Builds',
    '',
    '| corpus | build | wall time | of which: content step / Next compile / Next prerender | peak RSS (process tree) | .next (without cache) | content store |',
    '|---|---|---|---|---|---|---|',
    ...Object.values(results.builds).flatMap((build) =>
      [['cold', 'cold'], ['warmFull', 'warm full']]
        .filter(([key]) => build[key])
        .map(([key, name]) => `| ${build.label} | ${name} | ${s(build[key].seconds)} | ${phases(build[key].phases)} | ${mb(build[key].peakRssBytes)} | ${mb(build[key].nextBytes)} | ${mb(build[key].storeBytes)} |`),
    ),
    '',
    '`npm run build` is always a full build: the content step, Tailwind, then `next build` rendering every page. Cold starts with no `.next` and no content store, so every article compiles; warm full is the same command after a cold build and one edited article, so the content step compiles only that article (its compile cache), while `next build` still compiles the code and renders every page.',
    '',
    '### Edit-to-live',
    '',
    'With the cold build served by `npm start` (next start), one article is edited and `npm run publish` is run against the server; the time runs from just before the file is written until a GET of the article\'s page (asked every 50 ms while publish runs) returns HTML with the edit. Publish then goes on to write the search index (its time is in the search table), which readers of the page do not wait for. Publishing compiles the changed article, has the server render the pages that show it again (Next\'s on-demand revalidation, POST /api/revalidate) and requests each of them once; the figure it reports itself leaves out starting npm and Node and loading its code (scripts/run.mjs), which the total includes. A text edit changes the article\'s page (and its lists only if a list shows what changed, such as its reading time); a title edit also changes the list and tag pages it is on and its neighbours\' post navigation. Publish exit 3 would mean "needs a full build".',
    '',
    '| corpus | edit | total | publish exit | pages published | content step | publish as it reports itself | peak RSS (publish, process tree) |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.values(results.builds).flatMap((build) =>
      (build.editToLive ?? []).map(
        (e) =>
          `| ${build.label} | ${EDIT_LABELS[e.edit] ?? e.edit} | ${live(e)} | ${e.publishExit} | ${e.pagesPublished ?? '–'} | ${e.contentSeconds === undefined ? '–' : s(e.contentSeconds)} | ${e.publishReportedSeconds === undefined ? '–' : s(e.publishReportedSeconds)} | ${mb(e.publishPeakRssBytes)} |`,
      ),
    ),
    '',
    '### Search index',
    '',
    'The Pagefind index the content step writes into the content store (lib/content/pipeline/search-index.ts): the time it adds to a build, and to `npm run publish` after the pages are live; its size is the live version on disk.',
    '',
    '| corpus | build | articles indexed | Pagefind time | index on disk | after publish (text edit) |',
    '|---|---|---|---|---|---|',
    ...Object.values(results.builds).flatMap((build) =>
      [['cold', 'cold'], ['warmFull', 'warm full']]
        .filter(([key]) => build[key]?.search)
        .map(([key, name]) => {
          const search = build[key].search;
          const published = edit(build, 'body')?.searchSeconds;
          return `| ${build.label} | ${name} | ${search.articles ?? '–'} | ${search.seconds === undefined ? '–' : s(search.seconds)} | ${size(search.bytes)} | ${key === 'cold' && published !== undefined ? s(published) : '–'} |`;
        }),
    ),
    '',
    '### Highlighting and math, for articles that use neither',
    '',
    `The same ${results.compileOverhead?.articles ?? '–'} synthetic Markdown articles (no code block, no TeX) compiled in one process with each switch, alternately, three rounds (bench/compile-overhead.ts): what the code highlighter and the math plugins cost a body that has nothing for them.`,
    '',
    '| pipeline | ms an article |',
    '|---|---|',
    ...Object.entries(results.compileOverhead?.msPerArticle ?? {}).map(([name, ms]) => `| ${name} | ${ms} |`),
    '',
    '| list page | N | HTML | gzipped |',
    '|---|---|---|---|',
    ...Object.values(results.builds).flatMap((build) => (build.listPages ?? []).map((p) => `| ${p.path} | ${build.articles} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzipBytes)} |`)),
    '',
    `## Serving (autocannon, 50 connections, ${results.load?.[0]?.durationSeconds ?? 20} s, gzip accepted, on 127.0.0.1, against \`npm start\`, which is \`next start\`)`,
    '',
    'Server RSS is the memory of the processes under `npm start`, npm itself left out.',
    '',
    '| page | req/s | p50 | p99 | requests | non-2xx/3xx | errors | server RSS before → after |',
    '|---|---|---|---|---|---|---|---|',
    ...(results.load ?? []).map((l) => `| ${l.label} (${l.path}) | ${l.requestsPerSecond} | ${l.latencyP50Ms} ms | ${l.latencyP99Ms} ms | ${l.requests} | ${l.non2xx3xx} | ${l.errors} | ${mb(l.serverRssBeforeBytes)} → ${mb(l.serverRssAfterBytes)} |`),
    '',
    '## Behind nginx (the reference deployment, deploy/)',
    '',
    `One replica (\`node release/server.js\` after \`npm run package\`) behind Debian's nginx with deploy/nginx/pulse.conf; autocannon, 50 connections, ${results.load?.[0]?.durationSeconds ?? 20} s, gzip accepted. The cache was warm (warm-up requests: ${results.proxy?.cacheStatusWarmup?.join(', ') ?? 'not run'}). The static file is the seed's HTML written to disk and served by nginx itself: the ceiling of the proxy on this machine.`,
    '',
    '| what | req/s | p50 | p99 | requests | non-2xx/3xx | errors |',
    '|---|---|---|---|---|---|---|',
    ...(results.proxy?.figures ?? []).map((l) => `| ${l.label} (${l.path}) | ${l.requestsPerSecond} | ${l.latencyP50Ms} ms | ${l.latencyP99Ms} ms | ${l.requests} | ${l.non2xx3xx} | ${l.errors} |`),
    '',
    '## Lighthouse (mobile)',
    '',
    '| page | perf | a11y | best practices | SEO | LCP | TBT | CLS | audits not passed |',
    '|---|---|---|---|---|---|---|---|---|',
    ...(results.lighthouse ?? []).map((l) => `| ${l.label} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${l.failedAudits.join(', ') || 'none'} |`),
    '',
  ];
  if (results.floor) {
    const f = results.floor;
    const ours = results.builds.n1000;
    lines.push(
      '## The floor: Next.js itself',
      '',
      `A bare Next.js App Router app (same Next, React and build settings) whose pages are one heading and one paragraph, with as many pages as the 1000-article site prerenders (${f.pages}):`,
      '',
      '| | build (\`next build\` only) | peak RSS | Lighthouse mobile | LCP | TBT | CLS |',
      '|---|---|---|---|---|---|---|',
      `| bare Next.js, ${f.pages} pages${f.build.pages ? ` (${f.build.pages} static pages in all)` : ''} | ${s(f.build.seconds)} | ${mb(f.build.peakRssBytes)} | ${f.lighthouse.performance} / ${f.lighthouse.accessibility} / ${f.lighthouse.bestPractices} / ${f.lighthouse.seo} | ${f.lighthouse.lcpMs} ms | ${f.lighthouse.tbtMs} ms | ${f.lighthouse.cls} |`,
      ...(ours ? [`| Pulse, 1000 articles (${ours.pages ?? '?'} pages) | ${s(ours.cold.seconds)} (content step included) | ${mb(ours.cold.peakRssBytes)} | see above | | | |`] : []),
      '',
    );
  }
  if (results.seed) {
    lines.push('## Seed article page weight', '', `HTML ${kb(results.seed.htmlBytes)} (${kb(results.seed.htmlGzipBytes)} gzipped); first-load JavaScript ${kb(results.seed.firstLoadJsGzipBytes)} gzipped over ${results.seed.scripts} \`<script src>\` chunks (noModule polyfills excluded).`, '');
  }
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
}
