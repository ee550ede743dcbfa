#!/usr/bin/env node
// `npm run bench`: builds, edit-to-live (`npm run publish` against a running `npm start`), page weight,
// Lighthouse and serving speed, measured in scratch copies of the project (in the system's temp folder,
// removed afterwards; logs stay in bench/.work/logs), written to bench/results.json and BENCHMARKS.md.
// `--quick` uses small corpora and short loads, to check the script itself.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFloorApp } from './lib/floor.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { loadTest } from './lib/load.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { measure } from './lib/process-tree.mjs';
import { writeReports } from './lib/report.mjs';
import { LOGS, ROOT, WORK, addOneArticle, articleToEdit, directoryBytes, generateCorpus, makeScratch, removeScratch, retitleOneArticle, touchOneArticle } from './lib/scratch.mjs';
import { BENCH_SECRET, startServer } from './lib/server.mjs';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [100, 500] : (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const LOAD = QUICK ? { duration: 3 } : { duration: 20 };
const SEED_PATH = '/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee/';
const OWN_ARTICLE_PATH = '/posts/how-to-lower-blood-pressure-without-medication/';
const PORT = 3200;

const running = new Set();
const scratches = new Set();
// Stops every server and removes every scratch copy; the logs (bench/.work/logs) stay for reading.
const cleanUp = () => {
  for (const server of running) server.stop();
  for (const dir of scratches) removeScratch(dir);
  fs.rmSync(WORK, { recursive: true, force: true });
};
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
process.on('SIGTERM', () => (cleanUp(), process.exit(143)));

const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// `npm run build` (always a full build). Cold: no `.next` and no content store (so no compile cache).
// Warm: after a cold build, so only changed article bodies compile; `next build` still renders every page.
async function build(dir, label, kind) {
  if (kind === 'cold') for (const d of ['.next', '.content']) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
  const result = await measure('npm', ['run', 'build'], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' }, log: path.join(LOGS, `${label}-${kind}.log`) });
  const nextBytes = directoryBytes(path.join(dir, '.next'), [path.join(dir, '.next', 'cache')]);
  const pages = staticPageCount(result.output);
  log(`${label}: ${kind} build ${result.seconds.toFixed(1)} s, peak ${mb(result.peakRssBytes)}, ${pages ?? '?'} static pages`);
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, phases: buildPhases(result.output), pages, nextBytes, storeBytes: directoryBytes(path.join(dir, '.content')), search: searchIndex(dir, result.output) };
}

// The search index (Pagefind) a build or publish wrote: what its content step reports ("Search index:
// N articles in S s, K KB.") and the size on disk of the version the store points at.
function searchIndex(dir, output) {
  const match = /Search index: (\d+) articles? in ([\d.]+) s, \d+ KB\./.exec(output);
  const pointer = path.join(dir, '.content', 'search.json');
  const version = fs.existsSync(pointer) ? JSON.parse(fs.readFileSync(pointer, 'utf8')).version : null;
  return { articles: match ? Number(match[1]) : undefined, seconds: match ? Number(match[2]) : undefined, bytes: version ? directoryBytes(path.join(dir, '.content', 'search', version)) : 0 };
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

// How many pages `next build` generated, from its own log: "Generating static pages using 2 workers (1236/1236) in 12.1s"
// (Next's own pages such as /_not-found included).
function staticPageCount(output) {
  const match = /Generating static pages using \d+ workers? \(\d+\/(\d+)\) in /.exec(output);
  return match ? Number(match[1]) : undefined;
}

// Where a build's time went, as the build itself reports it (seconds; absent when a phase did not run).
function buildPhases(output) {
  const seconds = (pattern) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) * ({ ms: 0.001, s: 1, min: 60 }[match[2] ?? 's']) : undefined;
  };
  return {
    content: seconds(/Content: .* in ([\d.]+) s\./),
    nextCompile: seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/),
    nextPrerender: seconds(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/),
  };
}

async function withServer(dir, work) {
  const server = await startServer(dir, PORT);
  running.add(server);
  try {
    return await work(server);
  } finally {
    await server.stop();
    running.delete(server);
  }
}

// Edit-to-live: from just before an article file is written until its page on the running server shows
// the edit. `npm run publish` compiles the change and has the server render the pages that show it.
async function editToLive(dir, server, label, edit) {
  const marker = `bench-${randomBytes(4).toString('hex')}`;
  let url = articleToEdit(dir).url;
  if (edit !== 'new') {
    const before = await fetch(server.url + url);
    if (!before.ok) throw new Error(`${label}: ${url} answers ${before.status} before the edit`);
    await before.arrayBuffer();
  }
  const started = performance.now();
  let expected = marker;
  if (edit === 'title') expected = retitleOneArticle(dir, marker);
  else if (edit === 'body') touchOneArticle(dir, marker);
  else url = addOneArticle(dir, marker);
  const publishing = measure('npm', ['run', 'publish'], {
    cwd: dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', REVALIDATE_SECRET: BENCH_SECRET, PULSE_SERVER_URL: server.url },
    log: path.join(LOGS, `${label}-publish-${edit}.log`),
    allowFailure: true,
    sampleMs: 50,
  });
  // The page is asked for while publish runs (every 50 ms, for up to 30 s): publish goes on to write the
  // search index after the pages are live, which the reader does not wait for. A failed publish changed
  // nothing on the server: no use waiting for the page then.
  let finished = null;
  publishing.then((outcome) => (finished = outcome));
  let live = false;
  let seconds = 0;
  for (let i = 0; i <= 600 && !live && !(finished && finished.code !== 0); i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await fetch(server.url + url);
    live = response.ok && (await response.text()).includes(expected);
    seconds = (performance.now() - started) / 1000;
  }
  const publish = await publishing;
  const content = /Content: .* in ([\d.]+) s\./.exec(publish.output);
  const published = /Published: (\d+) pages? live.* on .* in ([\d.]+) s\./.exec(publish.output);
  const result = {
    edit,
    url,
    live,
    seconds,
    publishSeconds: publish.seconds,
    // What publish itself reports: from its first line of code, so without starting npm, tsx and its imports.
    publishReportedSeconds: published ? Number(published[2]) : undefined,
    publishExit: publish.code,
    pagesPublished: published ? Number(published[1]) : undefined,
    contentSeconds: content ? Number(content[1]) : undefined,
    publishPeakRssBytes: publish.peakRssBytes,
    // Written after the pages are live (scripts/publish.ts), so not part of edit-to-live.
    searchSeconds: searchIndex(dir, publish.output).seconds,
  };
  log(
    `${label}: edit-to-live (${edit}) ${live ? `${seconds.toFixed(2)} s` : `NOT LIVE after ${seconds.toFixed(1)} s`}: publish exit ${publish.code} in ${publish.seconds.toFixed(2)} s (it reports ${result.publishReportedSeconds ?? '?'} s), ` +
      `${result.pagesPublished ?? '?'} page(s), content step ${result.contentSeconds ?? '?'} s, peak ${mb(publish.peakRssBytes)}`,
  );
  return result;
}

// The oldest article is not among the prerendered newest: its first request renders it (Next's ISR), the
// second is served from Next's cache. Both timed from this process, on loopback.
async function firstRequestOfOldest(dir, server, label) {
  const { articles } = JSON.parse(fs.readFileSync(path.join(dir, '.content', 'index.json'), 'utf8'));
  const oldest = articles.filter((article) => !article.draft).sort((a, b) => String(a.date).localeCompare(String(b.date)))[0];
  const timed = async () => {
    const started = performance.now();
    const answer = await fetch(server.url + oldest.url);
    await answer.arrayBuffer();
    return { status: answer.status, ms: performance.now() - started };
  };
  const first = await timed();
  const second = await timed();
  log(`${label}: first request of the oldest article ${oldest.url}: ${first.status} in ${first.ms.toFixed(0)} ms, then ${second.ms.toFixed(0)} ms`);
  return { url: oldest.url, firstMs: first.ms, secondMs: second.ms, status: first.status };
}

async function listPageSizes(server) {
  const pages = [];
  // Paginated lists, then the pages that list every article or term by name (they grow with the site).
  const indexes = ['/archives/', '/health-a-z/', '/tags/', '/categories/', '/series/'];
  // The archives by year and the A–Z by letter: the largest of each grows with the site.
  const parts = [];
  for (const [index, part] of [['/archives/', /href="(\/archives\/(?:\d{4}|undated)\/)"/g], ['/health-a-z/', /href="(\/health-a-z\/(?:[a-z]|other)\/)"/g]]) {
    const html = await fetch(server.url + index).then((answer) => answer.text(), () => '');
    parts.push(...new Set([...html.matchAll(part)].map((match) => match[1])));
  }
  const everything = [...indexes, ...parts];
  for (const pathname of ['/', '/posts/', '/posts/page/2/', ...everything]) {
    const weight = await pageWeight(server.url, pathname);
    if (weight.status !== 200) continue;
    pages.push({ path: pathname, paginated: !everything.includes(pathname), status: weight.status, htmlBytes: weight.htmlBytes, htmlGzipBytes: weight.htmlGzipBytes });
  }
  return pages;
}

async function corpusRun(n) {
  const label = `N=${n}`;
  const dir = makeScratch(`n${n}`);
  scratches.add(dir);
  const corpus = generateCorpus(dir, n);
  log(`${label}: generated ${corpus.markdown} Markdown + ${corpus.mdx} MDX articles`);
  const cold = await build(dir, label, 'cold');
  const { firstRequest, listPages, editToLive: edits } = await withServer(dir, async (server) => ({
    firstRequest: await firstRequestOfOldest(dir, server, label),
    listPages: await listPageSizes(server),
    editToLive: [await editToLive(dir, server, label, 'body'), await editToLive(dir, server, label, 'title'), await editToLive(dir, server, label, 'new')],
  }));
  const release = await releaseSize(dir, label);
  // The server is stopped: the full build after one more article edit, with the compile cache warm.
  touchOneArticle(dir, `bench-${randomBytes(4).toString('hex')}`);
  const warmFull = await build(dir, label, 'warm-full');
  const editedArticle = articleToEdit(dir).file;
  removeScratch(dir);
  return { label, articles: n, pages: cold.pages, corpus, editedArticle, cold, warmFull, editToLive: edits, listPages, firstRequest, release };
}

// `npm run package` after the cold build's publishes: the release's size, and the content store's within it.
async function releaseSize(dir, label) {
  const result = await measure('npm', ['run', 'package'], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' }, log: path.join(LOGS, `${label}-package.log`) });
  const releaseBytes = directoryBytes(path.join(dir, 'release'));
  const storeBytes = directoryBytes(path.join(dir, 'release', '.content'));
  log(`${label}: release ${mb(releaseBytes)} (content store ${mb(storeBytes)}), packaged in ${result.seconds.toFixed(1)} s`);
  fs.rmSync(path.join(dir, 'release'), { recursive: true, force: true });
  return { releaseBytes, storeBytes, seconds: result.seconds };
}

// Next.js itself: a bare app with as many one-paragraph pages as the 1000-article site, built and scored
// the same way.
async function floorRun(pages) {
  if (!Number.isInteger(pages)) throw new Error('the 1000-article build printed no "Generating static pages ... (n/N)" line: no page count for the floor');
  const dir = makeFloorApp();
  scratches.add(dir);
  const result = await measure(path.join(dir, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', FLOOR_PAGES: String(pages) },
    log: path.join(LOGS, 'floor-build.log'),
  });
  const generated = staticPageCount(result.output);
  log(`floor: bare Next.js, ${pages} pages (${generated ?? '?'} static pages in all), build ${result.seconds.toFixed(1)} s, peak ${mb(result.peakRssBytes)}`);
  const lighthouseReport = await withServer(dir, (server) => lighthouse(ROOT, `${server.url}/p/page-0/`, path.join(LOGS, 'lighthouse-floor.json')));
  log(`floor: lighthouse ${lighthouseReport.performance}/${lighthouseReport.accessibility}/${lighthouseReport.bestPractices}/${lighthouseReport.seo}, TBT ${lighthouseReport.tbtMs} ms`);
  removeScratch(dir);
  return { pages, build: { seconds: result.seconds, peakRssBytes: result.peakRssBytes, pages: generated }, lighthouse: lighthouseReport };
}

async function siteRun(results) {
  const dir = makeScratch('site');
  scratches.add(dir);
  const cold = await build(dir, 'site', 'cold');
  results.builds.site = { label: 'default content', articles: fs.readdirSync(path.join(dir, 'content', 'posts')).length, cold, release: await releaseSize(dir, 'site') };
  await withServer(dir, async (server) => {
    results.seed = await pageWeight(server.url, SEED_PATH);
    log(`seed: HTML ${results.seed.htmlGzipBytes} B gz, first-load JS ${results.seed.firstLoadJsGzipBytes} B gz`);
    results.lighthouse = [];
    const pages = [
      ['seed article', SEED_PATH, ['errors-in-console']],
      ['own article (no remote image)', OWN_ARTICLE_PATH, []],
    ];
    for (const [label, pathname, allowedFailures] of pages) {
      const report = await lighthouse(ROOT, server.url + pathname, path.join(LOGS, `lighthouse-${results.lighthouse.length}.json`));
      results.lighthouse.push({ label, allowedFailures, ...report });
      log(`lighthouse ${label}: ${report.performance}/${report.accessibility}/${report.bestPractices}/${report.seo}`);
    }
    results.load = [];
    for (const [label, pathname] of [['seed article', SEED_PATH], ['home', '/'], ['404', '/no-such-page/']]) {
      const figures = await loadTest(server, pathname, LOAD);
      results.load.push({ label, ...figures });
      log(`load ${label} (npm start): ${figures.requestsPerSecond} req/s, p99 ${figures.latencyP99Ms} ms, ${figures.errors} errors`);
    }
  });
  // The reference deployment: one replica from release/ behind nginx (bench/proxy-serving.ts).
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const proxyArgs = [path.join(ROOT, 'bench', 'proxy-serving.ts'), dir, SEED_PATH, '50', String(LOAD.duration)];
  results.proxy = JSON.parse(execFileSync(tsx, proxyArgs, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').pop());
  for (const figures of results.proxy.figures) log(`load ${figures.label}: ${figures.requestsPerSecond} req/s, p99 ${figures.latencyP99Ms} ms, ${figures.errors} errors`);
  removeScratch(dir);
}

const started = Date.now();
const results = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  machine: {
    cpus: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    description: `${os.availableParallelism()} cores (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`,
  },
  quick: QUICK,
  builds: {},
};
try {
  for (const dir of [WORK, LOGS]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  }
  await siteRun(results);
  // What highlighting and math cost the articles that use neither (bench/compile-overhead.ts), in-process.
  results.compileOverhead = JSON.parse(execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'bench', 'compile-overhead.ts'), '200'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop());
  log(`compile overhead: ${JSON.stringify(results.compileOverhead.msPerArticle)}`);
  for (const n of SIZES) results.builds[`n${n}`] = await corpusRun(n);
  results.floor = await floorRun(results.builds[`n${SIZES[0]}`].pages);
  if (QUICK) {
    // Quick runs stand in for the real sizes only so that the report code is exercised.
    results.builds.n1000 = results.builds[`n${SIZES[0]}`];
    results.builds.n5000 = results.builds[`n${SIZES[1]}`];
    delete results.builds[`n${SIZES[0]}`];
    delete results.builds[`n${SIZES[1]}`];
  }
  results.totalMinutes = Number(((Date.now() - started) / 60000).toFixed(1));
  writeReports(ROOT, results);
  log(`done in ${results.totalMinutes} min: bench/results.json and BENCHMARKS.md`);
} finally {
  cleanUp();
}
