#!/usr/bin/env node
// `npm run bench`: builds, page weight, Lighthouse and serving speed, measured in scratch copies of the
// project (in the system's temp folder, removed afterwards; logs stay in bench/.work/logs), written to
// bench/results.json and BENCHMARKS.md.
// `--quick` uses small corpora and short loads, to check the script itself.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFloorApp, prerenderedPageCount } from './lib/floor.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { loadTest } from './lib/load.mjs';
import { pageWeight } from './lib/page-weight.mjs';
import { measure } from './lib/process-tree.mjs';
import { writeReports } from './lib/report.mjs';
import { LOGS, ROOT, WORK, directoryBytes, generateCorpus, makeScratch, removeScratch, touchOneArticle } from './lib/scratch.mjs';
import { startServer } from './lib/server.mjs';

const QUICK = process.argv.includes('--quick');
const SIZES = QUICK ? [100, 500] : [1000, 5000];
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

async function build(dir, label, kind) {
  if (kind === 'cold') for (const d of ['.next', '.content']) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
  const result = await measure('npm', ['run', 'build'], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' }, log: path.join(LOGS, `${label}-${kind}.log`) });
  const nextBytes = directoryBytes(path.join(dir, '.next'), [path.join(dir, '.next', 'cache')]);
  log(`${label}: ${kind} build ${result.seconds.toFixed(1)} s, peak ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB`);
  return { seconds: result.seconds, peakRssBytes: result.peakRssBytes, phases: buildPhases(result.output), nextBytes, storeBytes: directoryBytes(path.join(dir, '.content')) };
}

// Where a build's time went, as the build itself reports it (seconds; absent when a phase did not run).
function buildPhases(output) {
  const seconds = (pattern) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) * (match[2] === 'ms' ? 0.001 : 1) : undefined;
  };
  return {
    content: seconds(/Content: .* in ([\d.]+) s\./),
    pagesRenderedAgain: seconds(/rendered again in ([\d.]+) s\./),
    nextCompile: seconds(/Compiled successfully in ([\d.]+)(m?s)/),
    nextPrerender: seconds(/Generating static pages using \d+ workers \(\d+\/\d+\) in ([\d.]+)(m?s)/),
  };
}

async function withServer(dir, work, options) {
  const server = await startServer(dir, PORT, options);
  running.add(server);
  try {
    return await work(server);
  } finally {
    server.stop();
    running.delete(server);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function listPageSizes(server) {
  const pages = [];
  for (const pathname of ['/', '/posts/', '/posts/page/2/']) {
    const weight = await pageWeight(server.url, pathname);
    pages.push({ path: pathname, status: weight.status, htmlBytes: weight.htmlBytes, htmlGzipBytes: weight.htmlGzipBytes });
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
  const pages = prerenderedPageCount(dir);
  const changed = touchOneArticle(dir);
  const warm = await build(dir, label, 'warm');
  const listPages = await withServer(dir, listPageSizes);
  removeScratch(dir);
  return { label, articles: n, pages, corpus, changedArticle: changed, cold, warm, listPages };
}

// Next.js itself: a bare app with as many one-paragraph pages as the 1000-article site, built and scored
// the same way.
async function floorRun(pages) {
  const dir = makeFloorApp();
  scratches.add(dir);
  const result = await measure(path.join(dir, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: dir,
    env: { NEXT_TELEMETRY_DISABLED: '1', FLOOR_PAGES: String(pages) },
    log: path.join(LOGS, 'floor-build.log'),
  });
  log(`floor: bare Next.js, ${pages} pages, build ${result.seconds.toFixed(1)} s, peak ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB`);
  const lighthouseReport = await withServer(dir, (server) => lighthouse(ROOT, `${server.url}/p/page-0/`, path.join(LOGS, 'lighthouse-floor.json')), { plainNext: true });
  log(`floor: lighthouse ${lighthouseReport.performance}/${lighthouseReport.accessibility}/${lighthouseReport.bestPractices}/${lighthouseReport.seo}, TBT ${lighthouseReport.tbtMs} ms`);
  removeScratch(dir);
  return { pages, build: { seconds: result.seconds, peakRssBytes: result.peakRssBytes }, lighthouse: lighthouseReport };
}

async function siteRun(results) {
  const dir = makeScratch('site');
  scratches.add(dir);
  const cold = await build(dir, 'site', 'cold');
  results.builds.site = { label: 'default content', articles: fs.readdirSync(path.join(dir, 'content', 'posts')).length, cold };
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
      log(`load ${label}: ${figures.requestsPerSecond} req/s, p99 ${figures.latencyP99Ms} ms`);
    }
  });
  // The same seed page from plain `next start`, without server.mjs's fast path, for comparison.
  await withServer(
    dir,
    async (server) => {
      const figures = await loadTest(server, SEED_PATH, LOAD);
      results.load.push({ label: 'seed article, plain next start', ...figures });
      log(`load seed on plain next start: ${figures.requestsPerSecond} req/s, p99 ${figures.latencyP99Ms} ms`);
    },
    { plainNext: true },
  );
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
