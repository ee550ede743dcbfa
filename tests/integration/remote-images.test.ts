// The network never decides build time: the content step (`npm run content`) of a scratch copy of the project,
// on articles naming images on servers that accept connections and never answer and on a port where no one
// listens. It stops downloading at its budget and goes on; with the default budget it tries each image once,
// remembers every failure, and the next run asks no server at all.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/copy-project.mjs';
import { freePort } from './free-port';

const exec = promisify(execFile);
const ARTICLES = 300;
const BLACKHOLES = 3;
// More servers that never answer than 8 slots can give up on within a long compile: the budget must end it.
const CROWD = 40;

let project = '';
const blackholes: http.Server[] = [];
const origins: string[] = [];
const crowd: string[] = [];
let requests = 0;

async function blackhole(): Promise<string> {
  const server = http.createServer(() => void requests++);
  blackholes.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function writeArticles(folder: string, originOf: (i: number) => string): void {
  const posts = path.join(project, folder);
  fs.mkdirSync(posts);
  for (let i = 0; i < ARTICLES; i++) {
    fs.writeFileSync(path.join(posts, `article-${i}.md`), `---\ntitle: "Article ${i}"\ndate: 2024-01-01\ndescription: "A short article about topic ${i}."\n---\n\nA short paragraph about topic ${i}.\n\n![A chart of topic ${i}](${originOf(i)}/images/${i}.png)\n`);
  }
}

/** Runs the content step; returns its remote-image figures and the warnings it printed. */
async function contentStep(folder: string, env: Record<string, string> = {}) {
  const { stdout, stderr } = await exec('npm', ['run', 'content', '--silent'], { cwd: project, maxBuffer: 64 * 2 ** 20, env: { ...process.env, PULSE_CONTENT_DIR: folder, ...env } });
  const line = /Remote images: (\d+) stored, (\d+) not stored, (\d+) downloads? tried, waited ([\d.]+) s\./.exec(stdout);
  assert.ok(line, stdout);
  const [stored, notStored, tried, seconds] = line.slice(1).map(Number);
  const warnings = stderr.split('\n').filter((text) => text.startsWith('warning: could not store a copy of '));
  return { stored, notStored, tried, seconds, warnings };
}

const failedDownloads = () => JSON.parse(fs.readFileSync(path.join(project, '.content', 'media', 'failed-downloads.json'), 'utf8')) as Record<string, unknown>;

describe('remote images that cannot be downloaded', { timeout: 600_000 }, () => {
  before(async () => {
    for (let i = 0; i < BLACKHOLES; i++) origins.push(await blackhole());
    origins.push(`http://127.0.0.1:${await freePort()}`);
    for (let i = 0; i < CROWD; i++) crowd.push(await blackhole());
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-remote-'));
    copyProject(process.cwd(), project);
    writeArticles('crowd-posts', (i) => crowd[i % CROWD]);
    writeArticles('scratch-posts', (i) => origins[i % origins.length]);
  });
  after(() => {
    for (const server of blackholes) {
      server.closeAllConnections();
      server.close();
    }
    fs.rmSync(project, { recursive: true, force: true });
  });

  it('stops at the budget, warns about every image left, remembers none of them, and the build goes on', async () => {
    const run = await contentStep('crowd-posts', { PULSE_IMAGE_BUDGET_SECONDS: '3' });
    assert.ok(run.seconds <= 4, `waited ${run.seconds} s for downloads with a 3 s budget`);
    assert.equal(run.notStored, ARTICLES);
    assert.equal(run.warnings.length, ARTICLES);
    const left = run.warnings.filter((warning) => warning.includes('the 3 s the run waits for downloads ran out'));
    assert.ok(left.length > 0, run.warnings.slice(0, 5).join('\n'));
    const remembered = new Set(Object.keys(failedDownloads()));
    assert.deepEqual(left.filter((warning) => remembered.has(/copy of (\S+):/.exec(warning)?.[1] ?? '')), []);
    assert.ok(fs.existsSync(path.join(project, '.content', 'index.json')), 'the content step published its index');
  });

  it('tries each image once within the default budget, and the next run asks no server', async () => {
    const before = requests;
    const first = await contentStep('scratch-posts');
    assert.ok(first.seconds <= 60, `downloads took ${first.seconds} s with a 60 s budget`);
    assert.equal(first.notStored, ARTICLES);
    assert.equal(Object.keys(failedDownloads()).filter((url) => origins.some((origin) => url.startsWith(`${origin}/`))).length, ARTICLES);
    assert.ok(requests - before <= 8 + BLACKHOLES, `${requests - before} requests to servers that never answer`);

    const afterFirst = requests;
    const second = await contentStep('scratch-posts');
    assert.equal(second.tried, 0);
    assert.ok(second.seconds < 1, `remembered failures took ${second.seconds} s`);
    assert.equal(requests, afterFirst);
    assert.equal(second.warnings.length, ARTICLES);
    assert.match(second.warnings[0], /it failed on .* and is tried again after /);
  });

  it('downloads nothing with PULSE_OFFLINE=1', async () => {
    fs.rmSync(path.join(project, '.content', 'media', 'failed-downloads.json'));
    const before = requests;
    const run = await contentStep('scratch-posts', { PULSE_OFFLINE: '1' });
    assert.equal(run.tried, 0);
    assert.equal(requests, before);
    assert.match(run.warnings[0], /PULSE_OFFLINE=1 is set, so no image was downloaded/);
  });
});
