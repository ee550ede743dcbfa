// `npm run build` beside a running `npm start`: the build writes a new folder and switches `.next` to it;
// the running server keeps serving its own build, pages and the stylesheets and chunks they link, with no
// 5xx under load during and after the build, until the operator restarts it onto the new build.
// The second build changes the stylesheet (and so its file name) and an article, as a real one would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { copyProject } from '../../scripts/copy-project.mjs';
import { startNpmServer, type NpmStart } from '../integration/npm-project';
import { startLoad } from './load';

const exec = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-build-beside-'));
let origin = '';

const build = () =>
  exec('npm', ['run', 'build', '--silent'], { cwd: dir, maxBuffer: 64 * 2 ** 20 }).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`npm run build failed in ${dir}:\n${error.stdout}\n${error.stderr}`);
  });

/** The stylesheets and scripts a page links. */
const assetsOf = (html: string) => [...new Set([...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+)"/g)].map(([, url]) => url.replaceAll('&amp;', '&')))];

let running: NpmStart | null = null;

async function startServer(): Promise<void> {
  running = await startNpmServer(dir, { ...process.env, PREVIEW_SECRET: '' });
  origin = running.origin;
}

async function stopServer(): Promise<void> {
  await running?.stop();
  running = null;
}

describe('npm run build beside a running server', { timeout: 1_200_000 }, () => {
  before(async () => {
    copyProject(process.cwd(), dir);
    await build();
    await startServer();
  });
  after(async () => {
    await stopServer();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the running server its pages, stylesheets and chunks: no 5xx, no unstyled page', async () => {
    const before = await (await fetch(`${origin}/`)).text();
    const oldAssets = assetsOf(before);
    const oldStylesheet = oldAssets.find((url) => url.includes('.css'));
    assert.ok(oldStylesheet, 'the home page links a stylesheet');
    const firstBuild = fs.readlinkSync(path.join(dir, '.next'));

    fs.appendFileSync(path.join(dir, 'app', 'globals.css'), '\n.build-beside-server-test { outline: 1px solid; }\n');
    fs.appendFileSync(path.join(dir, 'content', 'posts', 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee.md'), '\n\nA sentence added by the build-beside-server test.\n');
    const load = startLoad(origin, ['/', '/posts/', '/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee/', oldStylesheet, ...oldAssets.filter((url) => url.includes('.js')).slice(0, 3)], 20, 900);
    await build();
    // The running server, after the switch: still its own build.
    const after = await (await fetch(`${origin}/`)).text();
    load.stop();
    const result = await load;
    const fiveXx = Object.entries(result.statusCodeStats).reduce((total, [code, { count }]) => total + (code.startsWith('5') ? count : 0), 0);
    console.log(`during the build: ${result.requests.sent} requests, ${fiveXx} 5xx, ${result.errors} errors, p99 ${result.latency.p99} ms`);
    assert.equal(fiveXx, 0);
    assert.equal(result.errors + result.timeouts + result.non2xx, 0);

    assert.notEqual(fs.readlinkSync(path.join(dir, '.next')), firstBuild, '.next points to the new build');
    assert.ok(fs.existsSync(path.join(dir, firstBuild)), 'the running build stays');
    for (const url of assetsOf(after)) {
      const response = await fetch(origin + url);
      assert.equal(response.status, 200, url);
      if (url.includes('.css')) assert.match(response.headers.get('content-type') ?? '', /text\/css/, url);
    }
    assert.ok(assetsOf(after).includes(oldStylesheet), 'the running server still links its own stylesheet');

    // Restarted by the operator: the new build, with its new stylesheet.
    await stopServer();
    await startServer();
    const restarted = await (await fetch(`${origin}/`)).text();
    const newStylesheet = assetsOf(restarted).find((url) => url.includes('.css'));
    assert.ok(newStylesheet && newStylesheet !== oldStylesheet, 'the new build has a stylesheet of its own');
    assert.equal((await fetch(origin + newStylesheet)).status, 200);
  });
});
